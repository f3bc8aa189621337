using DuckDB.NET.Data;
using Dyad.Events;

namespace Dyad.Store;

/// <summary>What one stored batch added.</summary>
public readonly record struct BatchResult(int Documents, int Events);

public sealed partial class EventStore
{
    /// <summary>
    /// Writes documents and their events in one transaction. Documents whose content is already stored,
    /// in the store or earlier in the batch, are skipped with their events; an event already stored from
    /// another document gains mentions instead of a second row. <paramref name="knownNew"/> says that the caller has made
    /// sure that none of these documents is stored (as <see cref="IngestJob"/> does), so the store is not asked again.
    /// </summary>
    public BatchResult SaveBatch(IReadOnlyList<ProcessedDocument> batch, bool knownNew = false)
    {
        if (batch.Count == 0) return new BatchResult(0, 0);
        using var tx = connection.BeginTransaction();
        // Asked inside the transaction, on the writing connection: what is stored now, not what was when the batch was read.
        var stored = knownNew ? [] : StoredOn(connection, batch.Select(d => d.ContentHash).ToList());
        var (unique, copies) = NearDuplicates.SplitBatch(batch.DistinctBy(d => d.ContentHash).Where(d => !stored.Contains(d.ContentHash)).ToList());
        RecordCopies(copies);
        var kept = SetAsideStoredCopies(unique);
        // The batch's reports of events, numbered in reading order; each ends under the id of the event it is merged into.
        merge.Load(kept.SelectMany(d => d.Events));
        var joinedStored = MergesWithStoredEvents();
        var eventIds = merge.FinalIds(joinedStored);
        var events = SaveEvents(eventIds, joinedStored.Values);
        AppendDocuments(kept);
        AppendMentions(kept, eventIds);
        KeyStagedHashes();
        ClearStaging();
        tx.Commit();
        return new BatchResult(kept.Count, events);
    }

    // Once per batch, at its end: the staging tables are temporary, so a batch that fails rolls its staged rows back with
    // the rest, and the next one starts with them empty.
    private void ClearStaging()
    {
        foreach (var table in new[] { "staging_documents", "staging_events", "staging_event_updates" }) Execute($"DELETE FROM {table}");
    }

    // Another article's report of an event already stored (same dyad and root, dated within the merge window) joins that
    // event instead of starting a new one, so the event gains mentions and documents: a map from the report's id to the
    // stored event's. Each staged report is looked up once per day of its window, so the join is on equal dates: a
    // frequent dyad (a few roots between two capitals) would otherwise pair every staged report with every stored one
    // before the dates are compared. Reports that share an id and a key are staged once.
    private Dictionary<string, string> MergesWithStoredEvents()
    {
        using (var appender = connection.CreateAppender("staging_events"))
            foreach (var e in merge.Distinct())
                appender.CreateRow().AppendValue(e.EventId).AppendValue(e.Source.Country).AppendValue(e.Target.Country).AppendValue(e.Cameo.Root)
                    .AppendValue(Precision(e.Date)).AppendValue(DateStart(e.Date)).EndRow();
        return ReadPairs(storedMerges, $"""
            SELECT s.event_id, min(e.event_id)
            FROM {WindowDays("staging_events")} s JOIN events e ON {SameReport("e", "s")}
            GROUP BY s.event_id
            """);
    }

    // Each row of the source once for every day of its merge window, as column "day".
    private static string WindowDays(string source) =>
        $"(SELECT *, date_start + CAST(shift AS INTEGER) AS day FROM {source}, range(-{EventMerger.WindowDays}, {EventMerger.WindowDays + 1}) w(shift))";

    // Another event of the same dyad, root and date precision, dated on the window day of the staged one.
    private static string SameReport(string other, string staged) =>
        $"{other}.source_country = {staged}.source_country AND {other}.target_country = {staged}.target_country AND {other}.root = {staged}.root " +
        $"AND {other}.date_precision = {staged}.date_precision AND {other}.date_start = {staged}.day AND {other}.event_id <> {staged}.event_id";

    // The batch's events, one row per event (BatchEventMerge.Fold): an event already stored gains the batch's mentions and
    // keeps the higher confidence; the others are added with their first report's fields, NULLs included. The store is
    // asked which of the reports' own ids it holds; the events that stored merges joined are stored by definition.
    // Returns the number of events added or updated.
    private int SaveEvents(IReadOnlyList<string> eventIds, IEnumerable<string> joinedStored)
    {
        var (reports, folded) = (merge.Reports, merge.Fold(eventIds));
        var storedIds = ReadColumn(storedEventIds, "SELECT DISTINCT event_id FROM events WHERE event_id IN (SELECT event_id FROM staging_events)");
        storedIds.UnionWith(joinedStored);
        var updates = folded.Where(f => storedIds.Contains(f.EventId)).ToList();
        if (updates.Count > 0)
        {
            using (var appender = connection.CreateAppender("staging_event_updates"))
                foreach (var u in updates)
                    appender.CreateRow().AppendValue(u.EventId).AppendValue((int?)u.Mentions).AppendValue((double?)u.Confidence).EndRow();
            Execute("""
                UPDATE events SET mentions = events.mentions + u.mentions, confidence = greatest(events.confidence, u.confidence)
                FROM staging_event_updates u WHERE events.event_id = u.event_id
                """);
        }
        using (var appender = connection.CreateAppender("events"))
            foreach (var f in folded)
                if (!storedIds.Contains(f.EventId))
                    AppendEvent(appender, reports[f.FirstReport], f);
        return folded.Count;
    }

    private void AppendDocuments(IReadOnlyList<ProcessedDocument> docs)
    {
        using var appender = connection.CreateAppender("documents");
        var now = DateTime.UtcNow;
        foreach (var d in docs) AppendDocument(appender, d, now);
    }

    private static void AppendDocument(DuckDBAppender appender, ProcessedDocument d, DateTime now)
    {
        var a = d.Article;
        appender.CreateRow().AppendValue(d.ContentHash).AppendValue(a.Doc).AppendValue(a.Origin).AppendValue(a.Lang).AppendValue(a.Title)
            .AppendValue(a.Published?.ToIso()).AppendValue(Precision(a.Published)).AppendValue(a.PublishedSource).AppendValue(a.Body)
            .AppendValue((int?)d.Events.Count).AppendValue((DateTime?)now).AppendValue(d.BodySimHash).EndRow();
    }

    // Each report's evidence under the id its event ended with; eventIds follows the reports' reading order.
    private void AppendMentions(IReadOnlyList<ProcessedDocument> docs, IReadOnlyList<string> eventIds)
    {
        using var appender = connection.CreateAppender("mentions");
        var report = 0;
        foreach (var d in docs)
        {
            var surrogates = Dyad.Text.LowerCase.HasSurrogates(d.Article.Body);
            foreach (var e in d.Events)
            {
                var eventId = eventIds[report++];
                foreach (var ev in e.Evidence) AppendMention(appender, eventId, d, surrogates, ev);
            }
        }
    }

    private static void AppendMention(DuckDBAppender appender, string eventId, ProcessedDocument d, bool surrogates, Evidence ev) =>
        appender.CreateRow().AppendValue(eventId).AppendValue(ev.Doc).AppendValue(d.ContentHash).AppendValue(SentenceToStore(d.Article.Body, surrogates, ev.Text, ev.Start, ev.End))
            .AppendValue((int?)ev.Start).AppendValue((int?)ev.End).AppendValue(ev.Trigger).AppendValue((int?)ev.TriggerStart).AppendValue((int?)ev.TriggerEnd)
            .AppendValue((int?)ev.SourceStart).AppendValue((int?)ev.SourceEnd).AppendValue((int?)ev.TargetStart).AppendValue((int?)ev.TargetEnd)
            .AppendValue(ev.LexiconEntry).AppendValue(ev.DateReason).EndRow();

    private static void AppendEvent(DuckDBAppender appender, CodedEvent e, FoldedEvent row) =>
        appender.CreateRow().AppendValue(row.EventId).AppendValue(e.Doc).AppendValue(e.Date?.ToIso()).AppendValue(Precision(e.Date)).AppendValue(DateStart(e.Date))
            .AppendValue(e.Source.Code).AppendValue(e.Source.Country).AppendValue(e.Source.Role).AppendValue(e.Source.Name)
            .AppendValue(e.Target.Code).AppendValue(e.Target.Country).AppendValue(e.Target.Role).AppendValue(e.Target.Name)
            .AppendValue(e.Cameo.Code).AppendValue(e.Cameo.Root).AppendValue(e.Plover).AppendValue((int?)e.Cameo.QuadClass).AppendValue((double?)e.Cameo.Goldstein)
            .AppendValue(e.Lang).AppendValue((double?)row.Confidence).AppendValue(e.Modality).AppendValue((int?)row.Mentions).EndRow();

    private int Execute(string sql)
    {
        using var cmd = Command(sql);
        return cmd.ExecuteNonQuery();
    }

    // The first column of a query's rows, in the given set (emptied first) or a new one.
    private HashSet<string> ReadColumn(string sql) => ReadColumn(new HashSet<string>(StringComparer.Ordinal), sql);

    private HashSet<string> ReadColumn(HashSet<string> values, string sql)
    {
        values.Clear();
        using var cmd = Command(sql);
        using var r = cmd.ExecuteReader();
        while (r.Read()) values.Add(r.GetString(0));
        return values;
    }

    // A two-column query's rows as a map from the first column to the second, in the given map (emptied first).
    private Dictionary<string, string> ReadPairs(Dictionary<string, string> pairs, string sql)
    {
        pairs.Clear();
        using var cmd = Command(sql);
        using var r = cmd.ExecuteReader();
        while (r.Read()) pairs[r.GetString(0)] = r.GetString(1);
        return pairs;
    }
}
