using System.Data.Common;
using System.Text;

namespace Dyad.Store;

public sealed partial class EventStore
{
    private const string DocsList = "(SELECT list(DISTINCT m.doc ORDER BY m.doc) FROM mentions m WHERE m.event_id = e.event_id) AS docs";
    private const string EventColumns = $"""
        e.event_id, e.doc, e.date, e.date_precision,
        e.source_code, e.source_country, e.source_role, e.source_name,
        e.target_code, e.target_country, e.target_role, e.target_name,
        e.cameo, e.root, e.plover, e.quad_class, e.goldstein, e.lang, e.confidence, e.modality, e.mentions,
        {DocsList},
        f.sentence, f.sentence_start, f.sentence_end, f.trigger
        """;

    // EventColumns and the first mention's content hash, whose body gives the sentence where the mention holds none.
    private const string EventRowColumns = EventColumns + ", f.content_hash";
    private const int EvidenceHashColumn = 26;

    /// <summary>
    /// The SQL that selects the events a query wants, for reading (with the evidence's content hash last) or for DuckDB's
    /// COPY (with the evidence sentence itself and the documents as one string).
    /// </summary>
    internal (string Sql, object?[] Args) EventSql(EventQuery q, bool forExport = false)
    {
        var where = new StringBuilder("WHERE 1=1");
        var args = new List<object?>();
        void Add(string clause, object value) { args.Add(value); where.Append($" AND {clause.Replace("?", "$" + args.Count)}"); }
        if (q.Source is { Length: > 0 } s) Add("(e.source_country = ? OR e.source_code = ?)", s.ToUpperInvariant());
        if (q.Target is { Length: > 0 } t) Add("(e.target_country = ? OR e.target_code = ?)", t.ToUpperInvariant());
        if (q.From is { } from) Add("e.date_start >= ?", from);
        if (q.To is { } to) Add("e.date_start <= ?", to);
        var columns = forExport
            ? EventColumns.Replace(DocsList, $"array_to_string({DocsList[..^" AS docs".Length]}, '|') AS docs").Replace("f.sentence,", $"{SentenceSql("f", "d")} AS sentence,")
            : EventRowColumns;
        var sql = $"""
            SELECT {columns}
            FROM events e
            LEFT JOIN (SELECT * FROM mentions QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY doc, sentence_start) = 1) f ON f.event_id = e.event_id
            {(forExport ? "LEFT JOIN documents d ON d.content_hash = f.content_hash" : "")}
            {where}
            ORDER BY e.date_start NULLS LAST, e.doc, e.event_id
            {(q.Limit is { } limit ? $"LIMIT {limit}" : "")}
            """;
        return (sql, args.ToArray());
    }

    /// <summary>
    /// The events a query selects. Without <paramref name="withEvidence"/>, events whose sentence lives only in the
    /// article's body have none (EvidenceText null), and no body is read: for summaries over a whole store.
    /// </summary>
    public IReadOnlyList<StoredEvent> Events(EventQuery query, bool withEvidence = true)
    {
        var (sql, args) = EventSql(query);
        using var cmd = Command(sql, args);
        return ReadEventsWithEvidence(cmd, withEvidence);
    }

    private static StoredEvent ReadEvent(DbDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var docs = r.IsDBNull(21) ? [] : ((System.Collections.IEnumerable)r.GetValue(21)).Cast<object>().Select(o => o.ToString()!).ToList();
        return new StoredEvent(
            r.GetString(0), r.GetString(1), docs, S(2), r.GetString(3),
            new StoredActor(S(4), S(5), S(6), S(7)), new StoredActor(S(8), S(9), S(10), S(11)),
            r.GetString(12), r.GetString(13), S(14), r.GetInt32(15), r.GetDouble(16), S(17), r.GetDouble(18), S(19), r.GetInt32(20),
            S(22), r.IsDBNull(23) ? 0 : r.GetInt32(23), r.IsDBNull(24) ? 0 : r.GetInt32(24), S(25));
    }

    /// <summary>Writes the selected events with DuckDB's own CSV or Parquet writer.</summary>
    public void Copy(EventQuery query, string file, string format)
    {
        var (flat, args) = EventSql(query, forExport: true);
        var options = format == "parquet" ? "FORMAT PARQUET" : "FORMAT CSV, HEADER";
        using var cmd = Command($"COPY ({flat}) TO '{file.Replace("'", "''")}' ({options})", args);
        cmd.ExecuteNonQuery();
    }
}

public sealed partial class EventStore
{
    public IReadOnlyList<StoredMention> Mentions(string eventId)
    {
        using var cmd = Command("""
            SELECT event_id, doc, sentence, sentence_start, sentence_end, trigger, trigger_start, trigger_end,
                   source_start, source_end, target_start, target_end, lexicon_entry, date_reason, content_hash
            FROM mentions WHERE event_id = $1 ORDER BY doc, sentence_start
            """, eventId);
        var rows = new List<(StoredMention Mention, string? Hash)>();
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                rows.Add((new StoredMention(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null! : r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetString(5),
                    r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), r.GetInt32(10), r.GetInt32(11), r.GetString(12), r.GetString(13)), r.GetString(14)));
        return WithSentences(rows, m => m.Sentence, m => (m.SentenceStart, m.SentenceEnd), (m, text) => m with { Sentence = text });
    }
}
