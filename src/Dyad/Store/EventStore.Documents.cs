using Dyad.Analysis;

namespace Dyad.Store;

/// <summary>Stored articles: one by id with the spans of its events, and full-text search over all of them.</summary>
public sealed partial class EventStore
{
    /// <summary>
    /// A stored article by its id (file name, JSON id or URL) or content hash. Two versions of a page can share an
    /// id; the one ingested last is returned.
    /// </summary>
    public StoredDocument? FindDocument(string idOrHash)
    {
        using var cmd = Command("""
            SELECT content_hash, id, origin, lang, title, published, published_precision, coalesce(body, '')
            FROM documents WHERE id = $1 OR content_hash = $1 ORDER BY ingested_at DESC, content_hash LIMIT 1
            """, idOrHash);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new StoredDocument(r.GetString(0), r.GetString(1), S(2), S(3), S(4), S(5), S(6), r.GetString(7));
    }

    /// <summary>Every sentence of a document that reports an event, in reading order, with the event's code.</summary>
    public IReadOnlyList<EventSpan> EventSpans(string contentHash)
    {
        using var cmd = Command("""
            SELECT m.event_id, e.cameo, e.root, e.quad_class, e.goldstein, e.date, e.source_code, e.target_code,
                   m.sentence_start, m.sentence_end, m.trigger_start, m.trigger_end, m.source_start, m.source_end, m.target_start, m.target_end
            FROM mentions m JOIN events e ON e.event_id = m.event_id
            WHERE m.content_hash = $1 ORDER BY m.sentence_start, m.trigger_start, m.event_id
            """, contentHash);
        using var r = cmd.ExecuteReader();
        var list = new List<EventSpan>();
        int I(int i) => r.IsDBNull(i) ? 0 : r.GetInt32(i);
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        while (r.Read())
            list.Add(new EventSpan(r.GetString(0), r.GetString(1), r.GetString(2), I(3), r.IsDBNull(4) ? 0 : r.GetDouble(4), S(5), S(6), S(7),
                I(8), I(9), I(10), I(11), I(12), I(13), I(14), I(15)));
        return list;
    }

    /// <summary>
    /// Articles holding every term (case and diacritics ignored, "quoted phrases" kept whole), the most matches
    /// first. A scan of the stored text: no index to keep in step, quick enough for a laptop-sized store.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        var terms = TextFold.Terms(query);
        if (terms.Count == 0) return [];
        var args = terms.Cast<object?>().ToArray();
        var matches = string.Join(" AND ", terms.Select((_, i) => $"contains(folded, ${i + 1})"));
        var score = string.Join(" + ", terms.Select((_, i) => $"(length(folded) - length(replace(folded, ${i + 1}, ''))) // length(${i + 1})"));
        using var cmd = Command($"""
            WITH d AS (SELECT *, {TextFold.Sql("coalesce(title, '') || ' ' || coalesce(body, '')")} AS folded FROM documents)
            SELECT content_hash, id, title, published, lang, coalesce(body, ''), CAST({score} AS INTEGER) AS score
            FROM d WHERE {matches}
            ORDER BY score DESC, published DESC NULLS LAST, id
            LIMIT {limit}
            """, args);
        var hits = new List<(string Hash, string Id, string? Title, string? Published, string? Lang, string Body, int Score)>();
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                hits.Add((r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                    r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5), r.GetInt32(6)));
        return hits.Select(h => new SearchHit(h.Hash, h.Id, h.Title, h.Published, h.Lang, h.Score, TextFold.Snippet(h.Body, terms),
            ReadEvents($"SELECT {EventRowColumns} {EventsWithEvidence} WHERE e.event_id IN (SELECT event_id FROM mentions WHERE content_hash = $1) {Chronological}", [h.Hash])))
            .ToList();
    }
}
