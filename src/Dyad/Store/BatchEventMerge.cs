using System.Runtime.InteropServices;
using Dyad.Events;

namespace Dyad.Store;

/// <summary>One row the events table gains or updates: the event's id, its first report in the batch, the highest confidence and all mentions.</summary>
internal readonly record struct FoldedEvent(string EventId, int FirstReport, double Confidence, int Mentions);

/// <summary>
/// Merges a batch's reports of one event into one row, in memory: the batch is in the writer's hands already, and the
/// statements that did this in the store (a grouping, a self-join over the merge window and four remapping updates per batch) cost
/// more than the rest of its events' writes. Reports are numbered in the order they were read (their index), and the
/// store's rule holds: a report joins the event it matches among those stored, then a later report joins the event
/// first reported in the batch that it matches (same dyad, root and date precision, dates within the merge window).
/// One instance serves a writer batch after batch: its tables, sized for a batch's reports, outgrow the small-object
/// heap, and allocating them for every batch made .NET collect its oldest generation more often (see KeptByKey).
/// </summary>
internal sealed class BatchEventMerge
{
    /// <summary>What two reports must share to be one event, besides dates within the window.</summary>
    private readonly record struct MergeKey(string Source, string Target, string Root, string Precision);

    private const int NoKey = -1;
    private readonly List<CodedEvent> reports = [];
    private readonly Dictionary<MergeKey, int> keyNumbers = [];
    private readonly Dictionary<string, int> idNumbers = new(StringComparer.Ordinal);
    private readonly HashSet<(string Id, int Key, int Day)> staged = [];
    // Each distinct report (id after the stored merges, key, first day) with the index of its first occurrence.
    private readonly Dictionary<(int Id, int Key, int Day), int> first = [];
    // The distinct reports of each key and day, chained in reading order from the first to the last (next: -1 at the end).
    private readonly Dictionary<(int Key, int Day), (int Head, int Tail)> byDay = [];
    private readonly Dictionary<string, int> position = new(StringComparer.Ordinal);
    private readonly List<FoldedEvent> folded = [];
    private int[] keyOf = [], dayOf = [], idOf = [], next = [], joins = [];
    // The reports' ids after the stored merges, and after the batch's own.
    private string[] ids = [], final = [];

    /// <summary>The batch's reports, in reading order.</summary>
    public IReadOnlyList<CodedEvent> Reports => reports;

    /// <summary>Starts a batch: its reports in reading order, numbered, with their merge keys.</summary>
    public void Load(IEnumerable<CodedEvent> batch)
    {
        reports.Clear();
        reports.AddRange(batch);
        var n = reports.Count;
        if (keyOf.Length < n) (keyOf, dayOf, idOf, next, ids, final) = (new int[n], new int[n], new int[n], new int[n], new string[n], new string[n]);
        keyNumbers.Clear();
        for (var i = 0; i < n; i++)
        {
            if (KeyOf(reports[i]) is { } key && EventStore.DateStart(reports[i].Date) is { } date) (keyOf[i], dayOf[i]) = (Number(keyNumbers, key), date.DayNumber);
            else (keyOf[i], dayOf[i]) = (NoKey, 0);
        }
    }

    /// <summary>The reports to look up among the stored events: the first of each id and key.</summary>
    public IEnumerable<CodedEvent> Distinct()
    {
        staged.Clear();
        for (var i = 0; i < reports.Count; i++)
            if (staged.Add((reports[i].EventId, keyOf[i], dayOf[i]))) yield return reports[i];
    }

    /// <summary>
    /// The event id each report ends with, by index. <paramref name="storedMerges"/> maps a report's own id to the stored
    /// event it joins. Within the batch, every merge is decided on the ids after the stored merges and applied once (a
    /// report that another joins may itself join an earlier one: the first is not followed through). Ids and keys are
    /// numbered first, so that the comparisons hash integers rather than the five strings of a key.
    /// </summary>
    public ArraySegment<string> FinalIds(IReadOnlyDictionary<string, string> storedMerges)
    {
        idNumbers.Clear();
        first.Clear();
        byDay.Clear();
        for (var i = 0; i < reports.Count; i++)
        {
            ids[i] = storedMerges.GetValueOrDefault(reports[i].EventId, reports[i].EventId);
            idOf[i] = Number(idNumbers, ids[i]);
            if (keyOf[i] == NoKey || !first.TryAdd((idOf[i], keyOf[i], dayOf[i]), i)) continue;
            next[i] = -1;
            ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(byDay, (keyOf[i], dayOf[i]), out var exists);
            if (exists) next[chain.Tail] = i;
            chain = (exists ? chain.Head : i, i);
        }
        if (joins.Length < idNumbers.Count) joins = new int[Math.Max(idNumbers.Count, reports.Count)];
        // For each id, the first report of the event its reports join, or -1.
        Array.Fill(joins, -1, 0, idNumbers.Count);
        foreach (var ((id, key, day), index) in first)
        {
            var earlier = EarliestOther(id, key, day, index);
            if (earlier >= 0 && (joins[id] < 0 || earlier < joins[id])) joins[id] = earlier;
        }
        for (var i = 0; i < reports.Count; i++) final[i] = joins[idOf[i]] is var j and >= 0 ? ids[j] : ids[i];
        return new ArraySegment<string>(final, 0, reports.Count);
    }

    /// <summary>The rows of the batch's events: one per final id, in the order of their first reports.</summary>
    public IReadOnlyList<FoldedEvent> Fold(IReadOnlyList<string> finalIds)
    {
        folded.Clear();
        position.Clear();
        for (var i = 0; i < reports.Count; i++)
        {
            var (id, report) = (finalIds[i], reports[i]);
            ref var at = ref CollectionsMarshal.GetValueRefOrAddDefault(position, id, out var exists);
            if (!exists)
            {
                at = folded.Count;
                folded.Add(new FoldedEvent(id, i, report.Confidence, report.Mentions));
                continue;
            }
            var row = folded[at];
            folded[at] = row with { Confidence = Math.Max(row.Confidence, report.Confidence), Mentions = row.Mentions + report.Mentions };
        }
        return folded;
    }

    // The report first read among those with another id that match this one's key on a day of its window and were read before it, or -1.
    private int EarliestOther(int id, int key, int day, int index)
    {
        var best = -1;
        for (var shift = -EventMerger.WindowDays; shift <= EventMerger.WindowDays; shift++)
        {
            if (!byDay.TryGetValue((key, day + shift), out var chain)) continue;
            for (var other = chain.Head; other >= 0 && other < index; other = next[other])
            {
                if (idOf[other] == id) continue;
                if (best < 0 || other < best) best = other;
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
