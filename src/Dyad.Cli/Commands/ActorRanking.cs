using System.Globalization;
using System.Text.Json;
using Dyad.Analysis;
using Dyad.Store;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>`dyad actors --top N`: the countries and organisations with the most events in the store.</summary>
internal static class ActorRanking
{
    public static int Run(string storePath, int top, string format)
    {
        if (top < 1) { Console.Error.WriteLine("dyad: --top must be at least 1"); return CommonOptions.Failed; }
        using var s = EventStore.Open(storePath, readOnly: true);
        var ranks = s.RankActors(new EventFilter(), top);
        if (format == "jsonl")
        {
            foreach (var a in ranks) Console.WriteLine(JsonSerializer.Serialize(a, EventJson.Options));
            return CommonOptions.Ok;
        }
        var table = new Table().Title("Actors by events").AddColumns("#", "actor", "events", "as source", "as target", "mentions", "mean Goldstein", "top partner", "people named");
        var rank = 0;
        foreach (var a in ranks)
            table.AddRow((++rank).ToString(), a.Actor, a.Events.ToString(), a.AsSource.ToString(), a.AsTarget.ToString(), a.Mentions.ToString(),
                a.GoldsteinMean.ToString("0.0#", CultureInfo.InvariantCulture), a.TopPartner ?? "", Markup.Escape(string.Join(", ", a.People)));
        AnsiConsole.Write(table);
        return CommonOptions.Ok;
    }
}
