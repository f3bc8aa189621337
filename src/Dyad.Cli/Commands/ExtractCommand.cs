using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dyad.Events;
using Dyad.Ingest;

namespace Dyad.Cli.Commands;

internal static class ExtractCommand
{
    private static string Summary(CodedEvent e) => $"{e.Source.Code}→{e.Target.Code} {e.Cameo.Code} {e.Date?.ToIso() ?? "undated"} [{e.Evidence[0].Trigger}]";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = CommonOptions.Format("jsonl: one {doc, lang, title, published, published_source, body} object per line; text: readable.", "jsonl", "text");
        var events = new Option<bool>("--events") { Description = "Also code each article's events and print them (a dry run of ingest)." };
        var command = new Command("extract", "Print the articles found in documents (title, date, language, body) without storing anything.") { paths, format, events };
        command.SetAction(r => Run(r.GetValue(paths)!, r.GetValue(format)!, r.GetValue(events)));
        return command;
    }

    private static int Run(string[] paths, string format, bool withEvents)
    {
        var pipeline = new DyadPipeline();
        var failed = 0;
        foreach (var input in DocumentReader.Read(paths))
        {
            if (input.Failure is { } f) { Console.Error.WriteLine($"dyad: {f}"); failed++; continue; }
            var a = pipeline.Extract(input.Document!);
            var coded = withEvents ? pipeline.CodeEvents(a) : [];
            if (format == "jsonl")
            {
                object record = withEvents
                    ? new { doc = a.Doc, lang = a.Lang, title = a.Title, published = a.Published?.ToIso(), published_source = a.PublishedSource, body = a.Body, events = coded.Select(Summary) }
                    : new { doc = a.Doc, lang = a.Lang, title = a.Title, published = a.Published?.ToIso(), published_source = a.PublishedSource, body = a.Body };
                Console.WriteLine(JsonSerializer.Serialize(record, Json));
                continue;
            }
            Console.WriteLine($"# {a.Doc}\ntitle: {a.Title ?? "(none)"}\npublished: {a.Published?.ToIso() ?? "(unknown)"}{(a.PublishedSource is null ? "" : $" ({a.PublishedSource})")}\nlanguage: {a.Lang}\n\n{a.Body}\n");
            foreach (var e in coded)
                Console.WriteLine($"  event {e.Source.Code}→{e.Target.Code} {e.Cameo.Code} {e.Date?.ToIso() ?? "undated"} {e.Modality} {e.Confidence:0.00} [{e.Evidence[0].Trigger}] ×{e.Mentions}: {e.Evidence[0].Text}");
        }
        return failed > 0 ? CommonOptions.SomeInputsFailed : CommonOptions.Ok;
    }
}
