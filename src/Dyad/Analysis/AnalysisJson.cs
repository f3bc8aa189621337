namespace Dyad.Analysis;

/// <summary>
/// The flat JSON shapes of analysis results, shared by the commands' jsonl output and the HTTP API (and so
/// by its OpenAPI description). Serialised with <see cref="Store.EventJson.Options"/>: snake_case names.
/// </summary>
public static class AnalysisJson
{
    public sealed record DyadRow(string Source, string Target, int Events, int VerbalCooperation, int MaterialCooperation,
        int VerbalConflict, int MaterialConflict, double? GoldsteinMean, int Mentions, int Articles);

    /// <summary>One period; for the events without a year, Period, Start and End are null.</summary>
    public sealed record PeriodRow(string? Period, DateOnly? Start, DateOnly? End, int VerbalCooperation, int MaterialCooperation,
        int VerbalConflict, int MaterialConflict, int Events, double GoldsteinSum, double? GoldsteinMean, int Articles, int CoarseDates);

    public sealed record TimelineDocument(string Source, string Target, bool BothDirections, string By, int Total,
        IReadOnlyList<PeriodRow> Periods, PeriodRow Undated);

    /// <summary>A search hit: the article, a snippet around the first match, and the events coded from it.</summary>
    public sealed record SearchRow(string Doc, string ContentHash, string? Title, string? Published, string? Lang, int Score, string Snippet,
        IReadOnlyList<Store.EventJson.Record> Events);

    public static SearchRow Hit(SearchHit h) =>
        new(h.Id, h.ContentHash, h.Title, h.Published, h.Lang, h.Score, h.Snippet, h.Events.Select(Store.EventJson.ToRecord).ToList());

    public static DyadRow Dyad(DyadSummary d) => new(d.Source, d.Target, d.Counts.Events, d.Counts.VerbalCooperation,
        d.Counts.MaterialCooperation, d.Counts.VerbalConflict, d.Counts.MaterialConflict, d.Counts.GoldsteinMean, d.Mentions, d.Counts.Articles);

    public static PeriodRow Period(TimelinePeriod p) => Row(p.Label, p.Start, p.End, p.Counts, p.CoarseDates);

    public static PeriodRow Undated(PeriodCounts c) => Row(null, null, null, c, 0);

    public static TimelineDocument Timeline(TimelineResult t) => new(t.Source, t.Target, t.BothDirections, Analysis.Timeline.Name(t.Unit),
        t.Total, t.Periods.Select(Period).ToList(), Undated(t.Undated));

    private static PeriodRow Row(string? label, DateOnly? start, DateOnly? end, PeriodCounts c, int coarse) => new(label, start, end,
        c.VerbalCooperation, c.MaterialCooperation, c.VerbalConflict, c.MaterialConflict, c.Events, c.GoldsteinSum, c.GoldsteinMean, c.Articles, coarse);
}
