using Dyad.Analysis;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>`dyad eval --html DIR`: article extraction scored on an HTML benchmark, overall and per language.</summary>
internal static class EvalHtml
{
    private const int MaxListed = 25;

    public static int Run(string folder)
    {
        var scores = HtmlBenchmark.Run(new DyadPipeline(), folder).ToList();
        var table = new Table().AddColumns("language", "pages", "body P", "body R", "body F1", "title", "date");
        foreach (var g in scores.GroupBy(s => s.Lang ?? "und").OrderByDescending(g => g.Count()))
            AddRow(table, g.Key, g.ToList());
        AddRow(table, "all", scores);
        AnsiConsole.Write(table);
        Console.WriteLine($"body word 4-gram F1 {scores.Average(s => s.F1):0.000} (precision {scores.Average(s => s.Precision):0.000}, recall {scores.Average(s => s.Recall):0.000}), " +
                          $"titles {scores.Count(s => s.TitleRight)}/{scores.Count}, dates {scores.Count(s => s.DateRight)}/{scores.Count}");
        foreach (var s in scores.Where(s => !s.TitleRight).Take(MaxListed)) Console.WriteLine($"  title {s.Page}: got \"{s.Title}\", expected \"{s.ExpectedTitle}\"");
        foreach (var s in scores.Where(s => !s.DateRight).Take(MaxListed)) Console.WriteLine($"  date  {s.Page}: got {s.Date ?? "null"}, expected {s.ExpectedDate ?? "null"}");
        return CommonOptions.Ok;
    }

    private static void AddRow(Table table, string label, IReadOnlyList<HtmlPageScore> s) =>
        table.AddRow(label, s.Count.ToString(), s.Average(x => x.Precision).ToString("0.000"), s.Average(x => x.Recall).ToString("0.000"),
            s.Average(x => x.F1).ToString("0.000"), $"{s.Count(x => x.TitleRight)}/{s.Count}", $"{s.Count(x => x.DateRight)}/{s.Count}");
}
