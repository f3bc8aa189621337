using System.CommandLine;
using System.Text.Json;
using Dyad.Analysis;
using Dyad.Store;

namespace Dyad.Cli.Commands;

/// <summary>`dyad search "text"`: full-text search over the stored articles, with the events found in each hit.</summary>
internal static class SearchCommand
{
    public static Command Build()
    {
        var query = new Argument<string>("query") { Description = "Words that must all occur (case and diacritics ignored: \"da nang\" finds \"Đà Nẵng\"); \"quoted words\" form a phrase." };
        var limit = new Option<int>("--limit") { Description = "At most this many articles (default 20).", DefaultValueFactory = _ => 20 };
        var format = CommonOptions.Format("text, or jsonl: one {doc, content_hash, title, published, lang, score, snippet, events} object per article.", "text", "jsonl");
        var store = CommonOptions.Store();
        var command = new Command("search", "Find stored articles by their words, most matches first, with the events coded from each.") { query, limit, format, store };
        command.SetAction(r => CommonOptions.Guard(() =>
        {
            if (TextFold.Terms(r.GetValue(query)).Count == 0) { Console.Error.WriteLine("dyad: give some words to search for"); return CommonOptions.Failed; }
            using var s = EventStore.Open(EventStore.ResolvePath(r.GetValue(store)), readOnly: true);
            var hits = s.Search(r.GetValue(query)!, Math.Max(1, r.GetValue(limit)));
            if (r.GetValue(format) == "jsonl")
                foreach (var h in hits) Console.WriteLine(JsonSerializer.Serialize(AnalysisJson.Hit(h), EventJson.Options));
            else Print(hits);
            return CommonOptions.Ok;
        }));
        return command;
    }

    private static void Print(IReadOnlyList<SearchHit> hits)
    {
        foreach (var h in hits)
        {
            Console.WriteLine($"{h.Id}  ({h.Published ?? "undated"}, {h.Lang ?? "?"}, {h.Score} match{(h.Score == 1 ? "" : "es")})  {h.Title}");
            Console.WriteLine($"  {h.Snippet}");
            foreach (var e in h.Events)
                Console.WriteLine($"  event {e.EventId}  {e.Source.Code} → {e.Target.Code}  {e.Cameo}  {e.Date ?? "undated"}");
            Console.WriteLine();
        }
        Console.WriteLine($"{hits.Count} article{(hits.Count == 1 ? "" : "s")}");
    }
}
