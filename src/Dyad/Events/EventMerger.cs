using Dyad.Text;

namespace Dyad.Events;

/// <summary>
/// Folds reports of one event into one record with every piece of evidence, like GDELT's mentions: the
/// same source, target and CAMEO root within a day of each other (or with no date to tell them apart) in
/// one article. A sentence repeated word for word in a page (a lede printed twice) is one report, not two.
/// </summary>
public static class EventMerger
{
    public const int WindowDays = 1;

    public static IReadOnlyList<CodedEvent> Merge(IEnumerable<CodedEvent> events)
    {
        var merged = new List<CodedEvent>();
        foreach (var e in events)
        {
            // A loop, not FindIndex: a predicate capturing the event allocated a closure for every event of every article.
            var index = -1;
            for (var i = 0; i < merged.Count && index < 0; i++)
                if (SameEvent(merged[i], e)) index = i;
            if (index < 0) { merged.Add(e); continue; }
            var existing = merged[index];
            var evidence = existing.Evidence.Concat(e.Evidence.Where(n => !existing.Evidence.Any(o => o.Doc == n.Doc && o.Text == n.Text))).ToList();
            var best = e.Confidence > existing.Confidence ? e : existing;
            // The record keeps the first report's id and document, and the most specific code and date.
            merged[index] = existing with
            {
                Evidence = evidence,
                Confidence = best.Confidence,
                Cameo = e.Cameo.Code.Length > existing.Cameo.Code.Length ? e.Cameo : existing.Cameo,
                Date = MorePrecise(existing.Date, e.Date),
            };
        }
        return merged;
    }

    private static bool SameEvent(CodedEvent a, CodedEvent b) =>
        a.Source.Country == b.Source.Country && a.Target.Country == b.Target.Country && a.Cameo.Root == b.Cameo.Root && Near(a.Date, b.Date);

    public static bool Near(PartialDate? a, PartialDate? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a.Value.Year != b.Value.Year) return false;
        if (a.Value.Month is null || b.Value.Month is null) return a.Value.Month == b.Value.Month;
        if (a.Value.Day is null || b.Value.Day is null) return a.Value.Month == b.Value.Month && a.Value.Day == b.Value.Day;
        var da = new DateOnly(a.Value.Year ?? 2001, a.Value.Month.Value, a.Value.Day.Value);
        var db = new DateOnly(b.Value.Year ?? 2001, b.Value.Month.Value, b.Value.Day.Value);
        return Math.Abs(da.DayNumber - db.DayNumber) <= WindowDays;
    }

    // The earliest of two day dates is the event's: later reports tend to be dated by the article, not the act.
    private static PartialDate? MorePrecise(PartialDate? a, PartialDate? b)
    {
        if (a is null) return b;
        if (b is null || a.Value.Precision > b.Value.Precision) return a;
        if (b.Value.Precision > a.Value.Precision) return b;
        return string.CompareOrdinal(a.Value.ToIso(), b.Value.ToIso()) <= 0 ? a : b;
    }
}
