using Dyad.Store;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>The human-readable tables the commands print.</summary>
internal static class Tables
{
    public static void PrintDyads(IReadOnlyList<StoredEvent> events, int top = 10)
    {
        if (events.Count == 0) return;
        var table = new Table().Title("Country pairs in the store").AddColumns("source", "target", "events", "mentions", "roots", "mean Goldstein");
        foreach (var g in events.GroupBy(e => (e.Source.Country, e.Target.Country)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.ToString()).Take(top))
            table.AddRow(g.Key.Item1 ?? "", g.Key.Item2 ?? "", g.Count().ToString(), g.Sum(e => e.Mentions).ToString(),
                string.Join(" ", g.Select(e => e.Root).Distinct().Order()), g.Average(e => e.Goldstein).ToString("0.0"));
        AnsiConsole.Write(table);
    }

    public static void PrintEvents(IReadOnlyList<StoredEvent> events)
    {
        var table = new Table().AddColumns("date", "source", "target", "cameo", "quad", "goldstein", "conf", "doc", "evidence");
        foreach (var e in events)
            table.AddRow(Markup.Escape(e.Date ?? "—"), Markup.Escape(Actor(e.Source)), Markup.Escape(Actor(e.Target)), e.Cameo, e.QuadClass.ToString(),
                e.Goldstein.ToString("0.0"), e.Confidence.ToString("0.00"), Markup.Escape(Short(e.Doc, 28)), Markup.Escape(Short(e.EvidenceText ?? "", 70)));
        AnsiConsole.Write(table);
        Console.WriteLine($"{events.Count} events");
    }

    private static string Actor(StoredActor a) => a.Name is null ? a.Code ?? "" : $"{a.Code} ({a.Name})";

    public static string Short(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
