using Dyad.Events;

namespace Dyad.Store;

/// <summary>One row the events table gains or updates: the event's id, its first report in the batch, the highest confidence and all mentions.</summary>
internal readonly record struct FoldedEvent(string EventId, int FirstReport, double Confidence, int Mentions);

/// <summary>
/// Merges a batch's reports of one event into one row, in memory: the batch is in the writer's hands already, and the
/// statements that did this in the store (a grouping, a self-join over the merge window and two updates per batch) cost
/// more than the rest of its events' writes. Reports are numbered in the order they were read (their index), and the
/// store's rule holds: a report joins the event it matches among those stored, then a later report joins the event
/// first reported in the batch that it matches (same dyad, root and date precision, dates within the merge window).
/// </summary>
internal static class BatchEventMerge
{
    /// <summary>What two reports must share to be one event, besides dates within the window.</summary>
    private readonly record struct MergeKey(string Source, string Target, string Root, string Precision);

    /// <summary>A distinct report: its event id after the stored merges, its key and first day.</summary>
    private readonly record struct Report(string EventId, MergeKey Key, DateOnly Day);

    /// <summary>
    /// The event id each report ends with. <paramref name="storedMerges"/> maps a report's own id to the stored event it
    /// joins. Within the batch, every merge is decided on the ids after the stored merges and applied once (a report
    /// that another joins may itself join an earlier one: the first is not followed through).
    /// </summary>
    public static string[] FinalIds(IReadOnlyList<CodedEvent> reports, IReadOnlyDictionary<string, string> storedMerges)
    {
        var ids = reports.Select(r => storedMerges.GetValueOrDefault(r.EventId, r.EventId)).ToArray();
        // Each distinct report with the index of its first occurrence, and the reports by key and day in that order.
        var first = new Dictionary<Report, int>();
        var byDay = new Dictionary<(MergeKey, DateOnly), List<(string EventId, int First)>>();
        for (var i = 0; i < reports.Count; i++)
        {
            if (KeyOf(reports[i]) is not { } key || EventStore.DateStart(reports[i].Date) is not { } day) continue;
            var report = new Report(ids[i], key, day);
            if (!first.TryAdd(report, i)) continue;
            if (!byDay.TryGetValue((key, day), out var list)) byDay[(key, day)] = list = [];
            list.Add((ids[i], i));
        }
        var joins = new Dictionary<string, (string EventId, int First)>(StringComparer.Ordinal);
        foreach (var (report, index) in first)
        {
            if (EarliestOther(report, index, byDay) is not { } earlier) continue;
            if (!joins.TryGetValue(report.EventId, out var current) || earlier.First < current.First) joins[report.EventId] = earlier;
        }
        return ids.Select(id => joins.TryGetValue(id, out var kept) ? kept.EventId : id).ToArray();
    }

    /// <summary>The rows of the batch's events: one per final id, in the order of their first reports.</summary>
    public static List<FoldedEvent> Fold(IReadOnlyList<CodedEvent> reports, string[] finalIds)
    {
        var folded = new List<FoldedEvent>();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Count; i++)
        {
            var (id, report) = (finalIds[i], reports[i]);
            if (!position.TryGetValue(id, out var at))
            {
                position[id] = folded.Count;
                folded.Add(new FoldedEvent(id, i, report.Confidence, report.Mentions));
                continue;
            }
            var row = folded[at];
            folded[at] = row with { Confidence = Math.Max(row.Confidence, report.Confidence), Mentions = row.Mentions + report.Mentions };
        }
        return folded;
    }

    // The report first read among those with another id that match this one's key on a day of its window and were read before it.
    private static (string EventId, int First)? EarliestOther(Report report, int index, Dictionary<(MergeKey, DateOnly), List<(string EventId, int First)>> byDay)
    {
        (string EventId, int First)? best = null;
        for (var shift = -EventMerger.WindowDays; shift <= EventMerger.WindowDays; shift++)
        {
            if (!byDay.TryGetValue((report.Key, report.Day.AddDays(shift)), out var list)) continue;
            foreach (var other in list)
            {
                if (other.First >= index) break;
                if (other.EventId == report.EventId) continue;
                if (best is null || other.First < best.Value.First) best = other;
                break;
            }
        }
        return best;
    }

    // The store compares keys with SQL's equality, under which a missing country matches nothing.
    private static MergeKey? KeyOf(CodedEvent e) =>
        e.Source.Country is { } source && e.Target.Country is { } target && e.Cameo.Root is { } root
            ? new MergeKey(source, target, root, EventStore.Precision(e.Date))
            : null;
}
