using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dyad.Analysis;
using Dyad.Store;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>`dyad timeline A B`: how a relationship moves, period by period, as a table, CSV, JSON Lines or a chart.</summary>
internal static class TimelineCommand
{
    public static Command Build()
    {
        var source = new Argument<string>("source") { Description = "Source country or actor code (RUS, RUSGOV)." };
        var target = new Argument<string>("target") { Description = "Target country or actor code (CUB)." };
        var unit = new Option<string>("--by") { Description = "Period: day, week (ISO, Monday first), month or year.", DefaultValueFactory = _ => "month" };
        unit.AcceptOnlyFromAmong("day", "week", "month", "year");
        var format = CommonOptions.Format("table, csv or jsonl (one object per period, then one with \"period\": null for events without a year).", "table", "csv", "jsonl");
        var chart = new Option<string?>("--chart") { Description = "Also draw the timeline into this .png or .svg file.", HelpName = "FILE" };
        chart.Validators.Add(r =>
        {
            var file = r.GetValueOrDefault<string?>() ?? "";
            if (Path.GetExtension(file).ToLowerInvariant() is not (".png" or ".svg")) r.AddError($"--chart: '{file}' must end in .png or .svg");
        });
        var both = new Option<bool>("--both-directions", "-b") { Description = "Count the events of both directions (A → B and B → A)." };
        var from = AnalysisOptions.From();
        var to = AnalysisOptions.To();
        var root = new Option<string?>("--root") { Description = "Only this CAMEO root code (04, 19)." };
        var lang = new Option<string?>("--lang") { Description = "Only events read in this language (en, vi)." };
        var store = CommonOptions.Store();
        var command = new Command("timeline", "Count a pair's events per period: per quad class, Goldstein sum and mean, articles. Events without a known year are counted apart.")
        {
            source, target, unit, format, chart, both, from, to, root, lang, store,
        };
        command.SetAction(r => CommonOptions.Guard(() =>
        {
            using var s = EventStore.Open(EventStore.ResolvePath(r.GetValue(store)), readOnly: true);
            var filter = new EventFilter
            {
                Source = r.GetValue(source), Target = r.GetValue(target), BothDirections = r.GetValue(both),
                From = r.GetValue(from), To = r.GetValue(to), Root = r.GetValue(root), Lang = r.GetValue(lang),
            };
            Timeline.TryParseUnit(r.GetValue(unit), out var u);
            var t = s.Timeline(filter with { Source = filter.Source!.ToUpperInvariant(), Target = filter.Target!.ToUpperInvariant() }, u);
            Print(t, r.GetValue(format)!);
            if (r.GetValue(chart) is { } file)
            {
                TimelineChart.Save(t, file);
                Console.Error.WriteLine($"chart → {file}");
            }
            return CommonOptions.Ok;
        }));
        return command;
    }

    private static void Print(TimelineResult t, string format)
    {
        var rows = t.Periods.Select(AnalysisJson.Period).Append(AnalysisJson.Undated(t.Undated)).ToList();
        static string N(double? v) => v?.ToString("0.0#", CultureInfo.InvariantCulture) ?? "";
        switch (format)
        {
            case "jsonl":
                foreach (var row in rows) Console.WriteLine(JsonSerializer.Serialize(row, EventJson.Options));
                break;
            case "csv":
                Console.WriteLine("period,start,end,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,events,goldstein_sum,goldstein_mean,articles,coarse_dates");
                foreach (var p in rows)
                    Console.WriteLine($"{p.Period ?? "undated"},{p.Start:yyyy-MM-dd},{p.End:yyyy-MM-dd},{p.VerbalCooperation},{p.MaterialCooperation},{p.VerbalConflict},{p.MaterialConflict},{p.Events},{N(p.GoldsteinSum)},{N(p.GoldsteinMean)},{p.Articles},{p.CoarseDates}");
                break;
            default:
                var arrow = t.BothDirections ? "↔" : "→";
                var table = new Table().Title($"{t.Source} {arrow} {t.Target} per {Timeline.Name(t.Unit)}")
                    .AddColumns("period", "verbal coop.", "material coop.", "verbal conflict", "material conflict", "events", "Goldstein sum", "mean", "articles");
                foreach (var p in rows.Where(p => p.Period is not null || p.Events > 0))
                    table.AddRow(p.Period is null ? "no year" : p.Period + (p.CoarseDates > 0 ? "*" : ""), p.VerbalCooperation.ToString(), p.MaterialCooperation.ToString(),
                        p.VerbalConflict.ToString(), p.MaterialConflict.ToString(), p.Events.ToString(), N(p.GoldsteinSum), N(p.GoldsteinMean), p.Articles.ToString());
                AnsiConsole.Write(table);
                Console.WriteLine($"{t.Total} events, {t.Total - t.Undated.Events} placed in {t.Periods.Count} periods, {t.Undated.Events} without a known year");
                if (t.Periods.Any(p => p.CoarseDates > 0))
                    Console.WriteLine($"* holds events dated less precisely than a {Timeline.Name(t.Unit)} (\"2014\"), counted in the period of their first day");
                break;
        }
    }
}
