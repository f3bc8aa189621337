using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dyad.Analysis;
using Dyad.Store;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>`dyad dyads`: the country pairs with the most events, per quad class.</summary>
internal static class DyadsCommand
{
    public static Command Build()
    {
        var from = AnalysisOptions.From();
        var to = AnalysisOptions.To();
        var top = AnalysisOptions.Top(20);
        var actor = new Option<string?>("--actor") { Description = "Only pairs with this country on either side (RUS)." };
        var format = CommonOptions.Format("table, csv or jsonl.", "table", "csv", "jsonl");
        var store = CommonOptions.Store();
        var command = new Command("dyads", "List the country pairs (source → target) with the most events, with counts per quad class and mean Goldstein score.")
        {
            from, to, top, actor, format, store,
        };
        command.SetAction(r => CommonOptions.Guard(() =>
        {
            using var s = EventStore.Open(EventStore.ResolvePath(r.GetValue(store)), readOnly: true);
            var rows = s.Dyads(new EventFilter { From = r.GetValue(from), To = r.GetValue(to), Source = r.GetValue(actor) }, r.GetValue(top));
            Print(rows, r.GetValue(format)!);
            return CommonOptions.Ok;
        }));
        return command;
    }

    private static void Print(IReadOnlyList<DyadSummary> rows, string format)
    {
        static string N(double? v) => v?.ToString("0.0#", CultureInfo.InvariantCulture) ?? "";
        switch (format)
        {
            case "jsonl":
                foreach (var d in rows) Console.WriteLine(JsonSerializer.Serialize(AnalysisJson.Dyad(d), EventJson.Options));
                break;
            case "csv":
                Console.WriteLine("source,target,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,goldstein_mean,mentions,articles");
                foreach (var d in rows)
                    Console.WriteLine($"{d.Source},{d.Target},{d.Counts.Events},{d.Counts.VerbalCooperation},{d.Counts.MaterialCooperation},{d.Counts.VerbalConflict},{d.Counts.MaterialConflict},{N(d.Counts.GoldsteinMean)},{d.Mentions},{d.Counts.Articles}");
                break;
            default:
                var table = new Table().AddColumns("source", "target", "events", "verbal coop.", "material coop.", "verbal conflict", "material conflict", "mean Goldstein", "mentions", "articles");
                foreach (var d in rows)
                    table.AddRow(d.Source, d.Target, d.Counts.Events.ToString(), d.Counts.VerbalCooperation.ToString(), d.Counts.MaterialCooperation.ToString(),
                        d.Counts.VerbalConflict.ToString(), d.Counts.MaterialConflict.ToString(), N(d.Counts.GoldsteinMean), d.Mentions.ToString(), d.Counts.Articles.ToString());
                AnsiConsole.Write(table);
                Console.WriteLine($"{rows.Count} pairs");
                break;
        }
    }
}
