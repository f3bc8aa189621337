using System.Globalization;

namespace Dyad.Analysis;

public enum TimeUnit { Day, Week, Month, Year }

/// <summary>What the timeline needs of one event: when, how cooperative, and which documents report it.</summary>
public sealed record EventPoint(string EventId, DateOnly? DateStart, string DatePrecision, int QuadClass, double Goldstein, IReadOnlyList<string> Docs);

/// <summary>
/// Counts for a set of events: per quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
/// 4 material conflict), Goldstein sum and mean, and how many distinct articles report them.
/// </summary>
public sealed record PeriodCounts(int VerbalCooperation, int MaterialCooperation, int VerbalConflict, int MaterialConflict,
    int Events, double GoldsteinSum, double? GoldsteinMean, int Articles)
{
    public int Cooperation => VerbalCooperation + MaterialCooperation;
    public int Conflict => VerbalConflict + MaterialConflict;

    public static PeriodCounts Of(IReadOnlyCollection<EventPoint> events)
    {
        int Quad(int q) => events.Count(e => e.QuadClass == q);
        var sum = Math.Round(events.Sum(e => e.Goldstein), 2);
        return new PeriodCounts(Quad(1), Quad(2), Quad(3), Quad(4), events.Count, sum,
            events.Count == 0 ? null : Math.Round(sum / events.Count, 2), events.SelectMany(e => e.Docs).Distinct().Count());
    }
}

/// <summary>
/// One period of a timeline, first and last day included. <see cref="CoarseDates"/> counts events whose date is
/// less precise than the period (a "2014" event in a monthly timeline): they sit in the period holding the first
/// day their date can mean, as they do for --from/--to.
/// </summary>
public sealed record TimelinePeriod(string Label, DateOnly Start, DateOnly End, PeriodCounts Counts, int CoarseDates);

/// <summary>A dyad's events per period, and those that cannot be placed because their year is unknown.</summary>
public sealed record TimelineResult(string Source, string Target, bool BothDirections, TimeUnit Unit,
    IReadOnlyList<TimelinePeriod> Periods, PeriodCounts Undated)
{
    public int Total => Periods.Sum(p => p.Counts.Events) + Undated.Events;
}

public static class Timeline
{
    public static bool TryParseUnit(string? text, out TimeUnit unit)
    {
        TimeUnit? u = text?.ToLowerInvariant() switch
        {
            "day" => TimeUnit.Day, "week" => TimeUnit.Week, "month" => TimeUnit.Month, "year" => TimeUnit.Year, _ => null,
        };
        unit = u ?? TimeUnit.Month;
        return u is not null;
    }

    public static string Name(TimeUnit unit) => unit.ToString().ToLowerInvariant();

    /// <summary>Groups events into periods, oldest first; periods without events are left out.</summary>
    public static TimelineResult Build(string source, string target, bool bothDirections, TimeUnit unit, IEnumerable<EventPoint> events)
    {
        var all = events.ToList();
        var periods = all.Where(e => e.DateStart is not null)
            .GroupBy(e => PeriodOf(e.DateStart!.Value, unit))
            .OrderBy(g => g.Key.Start)
            .Select(g => new TimelinePeriod(Label(g.Key.Start, unit), g.Key.Start, g.Key.End, PeriodCounts.Of(g.ToList()),
                g.Count(e => Rank(e.DatePrecision) < Rank(unit))))
            .ToList();
        return new TimelineResult(source, target, bothDirections, unit, periods, PeriodCounts.Of(all.Where(e => e.DateStart is null).ToList()));
    }

    /// <summary>The period holding a day: weeks are ISO weeks, Monday to Sunday.</summary>
    public static (DateOnly Start, DateOnly End) PeriodOf(DateOnly d, TimeUnit unit) => unit switch
    {
        TimeUnit.Day => (d, d),
        TimeUnit.Week => (d.AddDays(-(((int)d.DayOfWeek + 6) % 7)), d.AddDays(-(((int)d.DayOfWeek + 6) % 7) + 6)),
        TimeUnit.Month => (new DateOnly(d.Year, d.Month, 1), new DateOnly(d.Year, d.Month, 1).AddMonths(1).AddDays(-1)),
        _ => (new DateOnly(d.Year, 1, 1), new DateOnly(d.Year, 12, 31)),
    };

    public static string Label(DateOnly start, TimeUnit unit) => unit switch
    {
        TimeUnit.Day => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeUnit.Week => $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):00}",
        TimeUnit.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => start.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    // How finely a date or a period divides time, to tell when a date is coarser than the period it is counted in.
    private static int Rank(string precision) => precision switch { "day" => 4, "month" => 2, "year" => 1, _ => 0 };
    private static int Rank(TimeUnit unit) => unit switch { TimeUnit.Day => 4, TimeUnit.Week => 3, TimeUnit.Month => 2, _ => 1 };
}
