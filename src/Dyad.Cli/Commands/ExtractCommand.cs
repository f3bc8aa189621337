using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dyad.Ingest;

namespace Dyad.Cli.Commands;

internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = CommonOptions.Format("jsonl: one {doc, lang, title, published, published_source, body} object per line; text: readable.", "jsonl", "text");
        var command = new Command("extract", "Print the articles found in documents (title, date, language, body) without storing anything.") { paths, format };
        command.SetAction(r => Run(r.GetValue(paths)!, r.GetValue(format)!));
        return command;
    }

    private static int Run(string[] paths, string format)
    {
        var pipeline = new DyadPipeline();
        var failed = 0;
        foreach (var input in DocumentReader.Read(paths))
        {
            if (input.Failure is { } f) { Console.Error.WriteLine($"dyad: {f}"); failed++; continue; }
            var a = pipeline.Extract(input.Document!);
            if (format == "jsonl")
                Console.WriteLine(JsonSerializer.Serialize(new { doc = a.Doc, lang = a.Lang, title = a.Title, published = a.Published?.ToIso(), published_source = a.PublishedSource, body = a.Body }, Json));
            else
                Console.WriteLine($"# {a.Doc}\ntitle: {a.Title ?? "(none)"}\npublished: {a.Published?.ToIso() ?? "(unknown)"}{(a.PublishedSource is null ? "" : $" ({a.PublishedSource})")}\nlanguage: {a.Lang}\n\n{a.Body}\n");
        }
        return failed > 0 ? CommonOptions.SomeInputsFailed : CommonOptions.Ok;
    }
}
