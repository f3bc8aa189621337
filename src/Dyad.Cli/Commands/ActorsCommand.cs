using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dyad.Ingest;
using Dyad.Store;
using Dyad.Text;
using Spectre.Console;

namespace Dyad.Cli.Commands;

internal static class ActorsCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        var text = new Option<string?>("--text") { Description = "Read this text instead of files." };
        var lang = new Option<string?>("--lang") { Description = "The text's language (default: identified from the text)." };
        var format = CommonOptions.Format("table, or jsonl: one {doc, text, start, end, country, role, name, code, why} object per mention (with --top: one ranked actor per line).", "table", "jsonl");
        var top = new Option<int?>("--top", "-n") { Description = "With no PATH and no --text: rank the N actors with the most events in the store." };
        var store = CommonOptions.Store();
        var command = new Command("actors", "Print every actor mention found in documents or in --text, with how it was resolved: for debugging and for curating the data. "
            + "With no PATH and no --text, rank the actors in the store by their events instead (--top N, default 20).")
        {
            paths, text, lang, format, top, store,
        };
        command.SetAction(r =>
        {
            var (p, t) = (r.GetValue(paths) ?? [], r.GetValue(text));
            return p.Length == 0 && t is null
                ? CommonOptions.Guard(() => ActorRanking.Run(EventStore.ResolvePath(r.GetValue(store)), r.GetValue(top) ?? 20, r.GetValue(format)!))
                : Run(p, t, r.GetValue(lang), r.GetValue(format)!);
        });
        return command;
    }

    private static int Run(string[] paths, string? text, string? lang, string format)
    {
        var pipeline = new DyadPipeline();
        var inputs = text is null ? DocumentReader.Read(paths) : [ReadResult.Ok(new RawDocument("text", "--text", TextNormalizer.Normalize(text), ContentKind.Text))];
        var table = new Table().AddColumns("doc", "text", "code", "name", "why");
        var failed = 0;
        foreach (var input in inputs)
        {
            if (input.Failure is { } f) { Console.Error.WriteLine($"dyad: {f}"); failed++; continue; }
            var article = pipeline.Extract(input.Document!);
            if (text is not null) article = article with { Body = input.Document!.Content, Lang = lang ?? article.Lang };
            foreach (var m in pipeline.Actors(article).SelectMany(s => s))
            {
                if (format == "jsonl")
                    Console.WriteLine(JsonSerializer.Serialize(new { doc = article.Doc, text = m.Text, start = m.CharStart, end = m.CharEnd, country = m.Country, role = m.Role, name = m.Name, code = m.Code, kind = m.Kind.ToString().ToLowerInvariant(), why = m.Why }, Json));
                else
                    table.AddRow(Markup.Escape(Tables.Short(article.Doc, 24)), Markup.Escape(m.Text), Markup.Escape(m.Code), Markup.Escape(m.Name ?? ""), Markup.Escape(m.Why));
            }
        }
        if (format == "table") AnsiConsole.Write(table);
        return failed > 0 ? CommonOptions.SomeInputsFailed : CommonOptions.Ok;
    }
}
