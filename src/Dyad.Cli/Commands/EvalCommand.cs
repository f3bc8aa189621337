using System.CommandLine;
using Dyad.Analysis;
using Dyad.Ingest;
using Spectre.Console;

namespace Dyad.Cli.Commands;

internal static class EvalCommand
{
    public static Command Build()
    {
        var gold = new Option<string?>("--gold") { Description = "The answer key: JSON Lines as samples/README.md defines." };
        var html = new Option<bool>("--html") { Description = "DOCS is an HTML benchmark in the fundus form (expected.jsonl.gz and html/): score body 4-gram overlap, titles and dates." };
        var docs = new Argument<string>("docs") { Description = "The folder holding the documents the key names." };
        var command = new Command("eval", "Run the pipeline on documents and score it against an answer key: events, extraction, people, titles, dates.") { gold, html, docs };
        command.SetAction(r => CommonOptions.Guard(() =>
        {
            if (r.GetValue(html)) return EvalHtml.Run(r.GetValue(docs)!);
            if (r.GetValue(gold) is not { } goldPath) { Console.Error.WriteLine("dyad: eval needs --gold FILE (or --html for an HTML benchmark)"); return CommonOptions.Failed; }
            return Run(goldPath, r.GetValue(docs)!);
        }));
        return command;
    }

    private static int Run(string goldPath, string folder)
    {
        var pipeline = new DyadPipeline();
        var scores = new List<DocumentScore>();
        foreach (var g in GoldDocument.Load(goldPath))
        {
            var path = Path.Combine(folder, g.Doc);
            var read = DocumentReader.ReadFile(path).First();
            if (read.Failure is { } f) { Console.Error.WriteLine($"dyad: {f}"); continue; }
            var processed = pipeline.Process(read.Document!);
            scores.Add(Evaluator.Score(g, read.Document!.Content, processed.Article, processed.Events, pipeline.Actors(processed.Article).SelectMany(a => a).Concat(pipeline.CaptionActors(processed.Article))));
        }
        var report = new EvaluationReport(scores);
        Print(report);
        return CommonOptions.Ok;
    }

    private static void Print(EvaluationReport report)
    {
        var table = new Table().AddColumns("doc", "events P", "events R", "lines P", "lines R", "people P", "people R", "title", "date");
        foreach (var d in report.Documents)
            table.AddRow(Markup.Escape(d.Doc), $"{d.Correct}/{d.Predicted}", $"{d.Found}/{d.Gold}", $"{d.ExtractedRight}/{d.Extracted}", $"{d.BodyRecalled}/{d.BodyGold}",
                $"{d.Actors.PredictedRight}/{d.Actors.Predicted}", $"{d.Actors.Found}/{d.Actors.Gold}",
                d.TitleRight ? "ok" : "wrong", d.DateRight ? $"ok ({d.Published ?? "null"})" : $"wrong ({d.Published ?? "null"})");
        AnsiConsole.Write(table);
        Console.WriteLine($"events:     precision {report.EventPrecision:0.000}  recall {report.EventRecall:0.000}  F1 {report.EventF1:0.000}");
        Console.WriteLine($"extraction: precision {report.LinePrecision:0.000}  recall {report.LineRecall:0.000}  F1 {report.LineF1:0.000}");
        Console.WriteLine($"people:     precision {report.ActorPrecision:0.000}  recall {report.ActorRecall:0.000}  wrong country {report.ActorWrongCountries}");
        Console.WriteLine($"title accuracy {report.TitleAccuracy:0.000}  date accuracy {report.DateAccuracy:0.000}  ({report.Documents.Count} documents)");
        foreach (var d in report.Documents)
        {
            foreach (var m in d.Misses) Console.WriteLine($"  miss        {d.Doc}: {m}");
            foreach (var f in d.FalseAlarms) Console.WriteLine($"  false alarm {d.Doc}: {f}");
            foreach (var m in d.Actors.Misses) Console.WriteLine($"  missed person {d.Doc}: {m.Name} ({m.Country})");
            foreach (var f in d.Actors.FalseAlarms) Console.WriteLine($"  extra person  {d.Doc}: {f}");
        }
    }
}
