using Dyad.Analysis;

namespace Dyad.Tests;

/// <summary>How events are grouped into periods, and the small parsers the timeline and search rely on.</summary>
public class TimelineTests
{
    private static EventPoint Point(string? date, string precision, int quad, double goldstein, params string[] docs) =>
        new(Guid.NewGuid().ToString("N"), date is null ? null : DateOnly.Parse(date), precision, quad, goldstein, docs);

    [Fact]
    public void Weeks_are_ISO_weeks_from_Monday()
    {
        Assert.Equal((new DateOnly(2024, 2, 19), new DateOnly(2024, 2, 25)), Timeline.PeriodOf(new DateOnly(2024, 2, 25), TimeUnit.Week));
        Assert.Equal("2024-W08", Timeline.Label(new DateOnly(2024, 2, 19), TimeUnit.Week));
        // 30 December 2024 is a Monday in the first ISO week of 2025.
        Assert.Equal("2025-W01", Timeline.Label(Timeline.PeriodOf(new DateOnly(2025, 1, 1), TimeUnit.Week).Start, TimeUnit.Week));
        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), Timeline.PeriodOf(new DateOnly(2024, 2, 20), TimeUnit.Month));
        Assert.Equal("2024", Timeline.Label(Timeline.PeriodOf(new DateOnly(2024, 7, 4), TimeUnit.Year).Start, TimeUnit.Year));
    }

    [Fact]
    public void Periods_count_quad_classes_Goldstein_and_distinct_articles()
    {
        var t = Timeline.Build("RUS", "CUB", false, TimeUnit.Month,
        [
            Point("2024-02-19", "day", 1, 1.0, "a.txt"),
            Point("2024-02-20", "day", 2, 7.4, "a.txt", "b.txt"),
            Point("2024-02-21", "day", 4, -9.5, "c.txt"),
            Point("2024-03-01", "day", 3, -4.0, "c.txt"),
        ]);
        Assert.Equal(["2024-02", "2024-03"], t.Periods.Select(p => p.Label));
        var feb = t.Periods[0].Counts;
        Assert.Equal((1, 1, 0, 1), (feb.VerbalCooperation, feb.MaterialCooperation, feb.VerbalConflict, feb.MaterialConflict));
        Assert.Equal(3, feb.Events);
        Assert.Equal(-1.1, feb.GoldsteinSum, 6);
        Assert.Equal(-0.37, feb.GoldsteinMean!.Value, 6);
        Assert.Equal(3, feb.Articles);
        Assert.Equal(2, feb.Cooperation);
        Assert.Equal(1, feb.Conflict);
        Assert.Equal(4, t.Total);
    }

    [Fact]
    public void Events_without_a_year_are_counted_apart_and_coarse_dates_are_flagged()
    {
        var t = Timeline.Build("RUS", "CUB", true, TimeUnit.Month,
        [
            Point("2014-01-01", "year", 1, 1.9, "x.txt"),
            Point("2014-01-15", "day", 1, 1.0, "x.txt"),
            Point(null, "month", 1, 4.0, "y.txt"),
            Point(null, "none", 3, -2.0, "z.txt"),
        ]);
        var jan = Assert.Single(t.Periods);
        Assert.Equal(2, jan.Counts.Events);
        Assert.Equal(1, jan.CoarseDates);
        Assert.Equal(2, t.Undated.Events);
        Assert.Equal(1, t.Undated.VerbalConflict);
        Assert.Equal(2, t.Undated.Articles);
        Assert.Equal(4, t.Total);
        Assert.Empty(Timeline.Build("A", "B", false, TimeUnit.Year, []).Periods);
    }

    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2024-02-19", "2024-02-19", "2024-02-19")]
    public void Partial_dates_cover_every_day_they_can_mean(string text, string first, string last)
    {
        Assert.True(DateBounds.TryParse(text, out var f, out var l));
        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), (f, l));
    }

    [Theory]
    [InlineData("24")]
    [InlineData("2024-13")]
    [InlineData("2024/02/19")]
    [InlineData("")]
    public void Other_text_is_no_date(string text) => Assert.False(DateBounds.TryParse(text, out _, out _));

    [Theory]
    [InlineData("day", TimeUnit.Day)]
    [InlineData("WEEK", TimeUnit.Week)]
    [InlineData("year", TimeUnit.Year)]
    public void Units_parse_by_name(string text, TimeUnit unit)
    {
        Assert.True(Timeline.TryParseUnit(text, out var u));
        Assert.Equal(unit, u);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("day,week")]
    [InlineData("fortnight")]
    public void Other_units_are_refused(string text) => Assert.False(Timeline.TryParseUnit(text, out _));

    [Fact]
    public void Folding_ignores_case_and_diacritics_and_keeps_offsets()
    {
        Assert.Equal("da nang", TextFold.Fold("Đà Nẵng"));
        Assert.Equal("Điện Kremlin".Length, TextFold.Fold("Điện Kremlin").Length);
        Assert.Equal(["dien kremlin", "putin"], TextFold.Terms("\"Điện  Kremlin\" PUTIN"));
        Assert.Empty(TextFold.Terms("  "));
        var snippet = TextFold.Snippet(new string('x', 50) + " Tổng thống Putin đến Điện Kremlin hôm nay" + string.Concat(Enumerable.Repeat(" y", 200)), ["kremlin"], 60);
        Assert.Contains("Điện Kremlin", snippet);
        Assert.EndsWith("…", snippet);
    }
}
