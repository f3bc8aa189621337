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
        foreach (var table in new[] { "staging_documents", "staging_events", "staging_mentions" }) Execute($"DELETE FROM {table}");
        Stage(unique);
        RecordCopies(copies);
        SetAsideStoredCopies();
        MergeWithStoredEvents();
        MergeWithinBatch();
        var documents = Execute("INSERT INTO documents SELECT * FROM staging_documents");
        // Reports of one event within the batch become one row: the earliest report's fields, NULLs included (its whole
        // row, found again by its sequence number: a third cheaper than arg_min over a struct of the fields), the highest
        // confidence, all reports' mentions. An event already stored gains the batch's mentions; the others are added.
        // Two set-based statements, run as hash joins: the table has no key to conflict on (see StoreSchema), and this is
        // what keeps its event ids unique. Each folds the staged reports itself: a temporary table of the folded rows
        // cost more to write and read back than the second grouping of a few thousand rows.
        const string folded = "(SELECT event_id, min(seq) AS seq, max(confidence) AS confidence, sum(mentions) AS mentions FROM staging_events GROUP BY event_id)";
        var events = Execute($"""
                UPDATE events SET mentions = events.mentions + g.mentions, confidence = greatest(events.confidence, g.confidence)
                FROM {folded} g WHERE events.event_id = g.event_id
                """)
            + Execute($"""
                INSERT INTO events
                SELECT s.event_id, {FirstReportFields}, g.confidence, s.modality, g.mentions
                FROM {folded} g JOIN staging_events s ON s.seq = g.seq
                WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = g.event_id)
                """);
        Execute("INSERT INTO mentions SELECT * FROM staging_mentions");
        KeyStagedHashes();
        foreach (var table in new[] { "staging_documents", "staging_events", "staging_mentions" }) Execute($"DELETE FROM {table}");
        tx.Commit();
        return new BatchResult(documents, events);
    }

    // The events table's columns between event_id and confidence, in order.
    private static readonly string[] ReportedColumns =
    [
        "doc", "date", "date_precision", "date_start", "source_code", "source_country", "source_role", "source_name",
        "target_code", "target_country", "target_role", "target_name", "cameo", "root", "plover", "quad_class", "goldstein", "lang",
    ];

    private static readonly string FirstReportFields = string.Join(", ", ReportedColumns.Select(c => $"s.{c}"));

    // Another article's report of an event already stored (same dyad and root, dated within the merge window)
    // joins that event instead of starting a new one, so the event gains mentions and documents. Each staged event
    // is looked up once per day of its window, so the join is on equal dates: a frequent dyad (a few roots between
    // two capitals) would otherwise pair every staged report with every stored one before the dates are compared.
    private void MergeWithStoredEvents()
    {
        Execute($"""
            CREATE OR REPLACE TEMP TABLE event_merges AS
            SELECT s.event_id AS staged, min(e.event_id) AS kept
            FROM {WindowDays("staging_events")} s JOIN events e ON {SameReport("e", "s")}
            GROUP BY s.event_id
            """);
        Remap("event_merges");
    }

    // Reports in the same batch merge the same way: a later report joins the event first reported in the batch.
    private void MergeWithinBatch()
    {
        const string reports = "(SELECT event_id, source_country, target_country, root, date_precision, date_start, min(seq) AS first_seq FROM staging_events GROUP BY ALL)";
        Execute($"""
            CREATE OR REPLACE TEMP TABLE batch_merges AS
            SELECT later.event_id AS staged, arg_min(earlier.event_id, earlier.first_seq) AS kept
            FROM {WindowDays(reports)} later JOIN {reports} earlier ON {SameReport("earlier", "later")} AND earlier.first_seq < later.first_seq
            GROUP BY later.event_id
            """);
        Remap("batch_merges");
    }

    // Each row of the source once for every day of its merge window, as column "day".
    private static string WindowDays(string source) =>
        $"(SELECT *, date_start + CAST(shift AS INTEGER) AS day FROM {source}, range(-{EventMerger.WindowDays}, {EventMerger.WindowDays + 1}) w(shift))";

    // Another event of the same dyad, root and date precision, dated on the window day of the staged one.
    private static string SameReport(string other, string staged) =>
        $"{other}.source_country = {staged}.source_country AND {other}.target_country = {staged}.target_country AND {other}.root = {staged}.root " +
        $"AND {other}.date_precision = {staged}.date_precision AND {other}.date_start = {staged}.day AND {other}.event_id <> {staged}.event_id";

    // Points the staged reports and their mentions at the event they merge into (a table of staged → kept ids).
    private void Remap(string merges)
    {
        foreach (var table in new[] { "staging_events", "staging_mentions" })
            Execute($"UPDATE {table} SET event_id = m.kept FROM {merges} m WHERE {table}.event_id = m.staged");
    }

    private void Stage(IReadOnlyList<ProcessedDocument> docs)
    {
        using (var appender = connection.CreateAppender("staging_documents"))
            foreach (var d in docs)
            {
                var a = d.Article;
                appender.CreateRow().AppendValue(d.ContentHash).AppendValue(a.Doc).AppendValue(a.Origin).AppendValue(a.Lang).AppendValue(a.Title)
                    .AppendValue(a.Published?.ToIso()).AppendValue(Precision(a.Published)).AppendValue(a.PublishedSource).AppendValue(a.Body)
                    .AppendValue((int?)d.Events.Count).AppendValue((DateTime?)DateTime.UtcNow).AppendValue(d.BodySimHash).EndRow();
            }
        var seq = 0;
        using (var appender = connection.CreateAppender("staging_events"))
            foreach (var d in docs)
                foreach (var e in d.Events)
                    AppendEvent(appender, e, d.ContentHash, seq++);
        using (var appender = connection.CreateAppender("staging_mentions"))
            foreach (var d in docs)
            {
                var body = d.Article.Body;
                var surrogates = Dyad.Text.LowerCase.HasSurrogates(body);
                foreach (var e in d.Events)
                    foreach (var ev in e.Evidence)
                        appender.CreateRow().AppendValue(e.EventId).AppendValue(ev.Doc).AppendValue(d.ContentHash).AppendValue(SentenceToStore(body, surrogates, ev.Text, ev.Start, ev.End))
                            .AppendValue((int?)ev.Start).AppendValue((int?)ev.End).AppendValue(ev.Trigger).AppendValue((int?)ev.TriggerStart).AppendValue((int?)ev.TriggerEnd)
                            .AppendValue((int?)ev.SourceStart).AppendValue((int?)ev.SourceEnd).AppendValue((int?)ev.TargetStart).AppendValue((int?)ev.TargetEnd)
                            .AppendValue(ev.LexiconEntry).AppendValue(ev.DateReason).EndRow();
            }
    }

    private static void AppendEvent(DuckDBAppender appender, CodedEvent e, string contentHash, int seq) =>
        appender.CreateRow().AppendValue(e.EventId).AppendValue(e.Doc).AppendValue(e.Date?.ToIso()).AppendValue(Precision(e.Date)).AppendValue(DateStart(e.Date))
            .AppendValue(e.Source.Code).AppendValue(e.Source.Country).AppendValue(e.Source.Role).AppendValue(e.Source.Name)
            .AppendValue(e.Target.Code).AppendValue(e.Target.Country).AppendValue(e.Target.Role).AppendValue(e.Target.Name)
            .AppendValue(e.Cameo.Code).AppendValue(e.Cameo.Root).AppendValue(e.Plover).AppendValue((int?)e.Cameo.QuadClass).AppendValue((double?)e.Cameo.Goldstein)
            .AppendValue(e.Lang).AppendValue((double?)e.Confidence).AppendValue(e.Modality).AppendValue((int?)e.Mentions)
            .AppendValue(contentHash).AppendValue((int?)seq).EndRow();

    private int Execute(string sql)
    {
        using var cmd = Command(sql);
        return cmd.ExecuteNonQuery();
    }
}
