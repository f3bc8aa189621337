using System.Runtime.InteropServices;
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

    /// <summary>
    /// The event id each report ends with. <paramref name="storedMerges"/> maps a report's own id to the stored event it
    /// joins. Within the batch, every merge is decided on the ids after the stored merges and applied once (a report
    /// that another joins may itself join an earlier one: the first is not followed through). Ids and keys are numbered
    /// first, so that the comparisons hash integers rather than the five strings of a key.
    /// </summary>
    public static string[] FinalIds(IReadOnlyList<CodedEvent> reports, IReadOnlyDictionary<string, string> storedMerges)
    {
        var ids = new string[reports.Count];
        var idNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var idOf = new int[reports.Count];
        var keyNumbers = new Dictionary<MergeKey, int>();
        // Each distinct report (id, key, first day) with the index of its first occurrence, and the reports by key and day in that order.
        var first = new Dictionary<(int Id, int Key, int Day), int>();
        var byDay = new Dictionary<(int Key, int Day), List<(int Id, int First)>>();
        for (var i = 0; i < reports.Count; i++)
        {
            ids[i] = storedMerges.GetValueOrDefault(reports[i].EventId, reports[i].EventId);
            idOf[i] = Number(idNumbers, ids[i]);
            if (KeyOf(reports[i]) is not { } key || EventStore.DateStart(reports[i].Date) is not { } date) continue;
            var (keyNumber, day) = (Number(keyNumbers, key), date.DayNumber);
            if (!first.TryAdd((idOf[i], keyNumber, day), i)) continue;
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(byDay, (keyNumber, day), out _);
            (list ??= []).Add((idOf[i], i));
        }
        // For each id, the first report of the event its reports join, or -1.
        var joins = new int[idNumbers.Count];
        Array.Fill(joins, -1);
        foreach (var ((id, key, day), index) in first)
        {
            var earlier = EarliestOther(id, key, day, index, byDay);
            if (earlier >= 0 && (joins[id] < 0 || earlier < joins[id])) joins[id] = earlier;
        }
        return Enumerable.Range(0, ids.Length).Select(i => joins[idOf[i]] is var j and >= 0 ? ids[j] : ids[i]).ToArray();
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

    // The report first read among those with another id that match this one's key on a day of its window and were read before it, or -1.
    private static int EarliestOther(int id, int key, int day, int index, Dictionary<(int Key, int Day), List<(int Id, int First)>> byDay)
    {
        var best = -1;
        for (var shift = -EventMerger.WindowDays; shift <= EventMerger.WindowDays; shift++)
        {
            if (!byDay.TryGetValue((key, day + shift), out var list)) continue;
            foreach (var other in list)
            {
                if (other.First >= index) break;
                if (other.Id == id) continue;
                if (best < 0 || other.First < best) best = other.First;
                break;
            }
        }
        return best;
    }

    private static int Number<T>(Dictionary<T, int> numbers, T value) where T : notnull
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, value, out var exists);
        if (!exists) number = numbers.Count - 1;
        return number;
    }

    // The store compares keys with SQL's equality, under which a missing country matches nothing.
    private static MergeKey? KeyOf(CodedEvent e) =>
        e.Source.Country is { } source && e.Target.Country is { } target && e.Cameo.Root is { } root
            ? new MergeKey(source, target, root, EventStore.Precision(e.Date))
            : null;
}
