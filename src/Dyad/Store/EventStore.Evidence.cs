using System.Data.Common;

namespace Dyad.Store;

/// <summary>
/// The sentences behind events. A mention's sentence is the stretch of its article's body between its offsets, so the
/// store keeps it once, in the body: the mentions table holds the sentence only where the body cannot give it back
/// (see <see cref="SentenceToStore"/>). Readers cut it from the body after the rows they want are chosen.
/// </summary>
public sealed partial class EventStore
{
    // The sentence of mention alias m, in SQL, for statements that need it for every row (export, text search); the body
    // comes from documents alias d. DuckDB counts code points, which are the body's UTF-16 offsets whenever the sentence
    // was left out (SentenceToStore).
    private static string SentenceSql(string m, string d) =>
        $"coalesce({m}.sentence, substring({d}.body, {m}.sentence_start + 1, {m}.sentence_end - {m}.sentence_start))";

    /// <summary>
    /// The sentence to write in a mention row: null when the body gives it back by its offsets, which is every time except
    /// when the body holds characters outside the Basic Multilingual Plane (emoji), where DuckDB's offsets and .NET's differ.
    /// </summary>
    internal static string? SentenceToStore(string body, bool bodyHasSurrogates, string sentence, int start, int end) =>
        !bodyHasSurrogates && start >= 0 && end <= body.Length && body.AsSpan(start, end - start).SequenceEqual(sentence) ? null : sentence;

    // Bodies by content hash, through the documents table's key: only the articles of the rows being returned are read.
    private Dictionary<string, string> Bodies(IEnumerable<string> contentHashes)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in contentHashes.Distinct().Chunk(1000))
        {
            if (HashList(chunk) is not { Length: > 0 } list) continue;
            using var cmd = Command($"SELECT content_hash, body FROM documents WHERE content_hash IN ({list})");
            using var r = cmd.ExecuteReader();
            while (r.Read())
                if (!r.IsDBNull(1)) bodies[r.GetString(0)] = r.GetString(1);
        }
        return bodies;
    }

    private static string Cut(IReadOnlyDictionary<string, string> bodies, string contentHash, int start, int end) =>
        bodies.TryGetValue(contentHash, out var body) && start >= 0 && start <= end && end <= body.Length ? body[start..end] : "";

    // Gives each row that lacks its sentence the stretch of its article's body between its offsets, reading each body once.
    private List<T> WithSentences<T>(List<(T Row, string? Hash)> rows, Func<T, string?> sentence, Func<T, (int Start, int End)> span, Func<T, string, T> give)
    {
        var bodies = Bodies(rows.Where(x => x.Hash is not null && sentence(x.Row) is null).Select(x => x.Hash!));
        return rows.Select(x => x.Hash is null || sentence(x.Row) is not null ? x.Row
            : give(x.Row, Cut(bodies, x.Hash, span(x.Row).Start, span(x.Row).End))).ToList();
    }

    // Reads events whose last column is their first mention's content hash, and gives each its evidence sentence.
    private List<StoredEvent> ReadEventsWithEvidence(DbCommand cmd, bool withEvidence = true)
    {
        var rows = new List<(StoredEvent Event, string? Hash)>();
        using (var r = cmd.ExecuteReader())
            while (r.Read()) rows.Add((ReadEvent(r), r.IsDBNull(EvidenceHashColumn) ? null : r.GetString(EvidenceHashColumn)));
        if (!withEvidence) return rows.Select(x => x.Event).ToList();
        return WithSentences(rows, e => e.EvidenceText, e => (e.EvidenceStart, e.EvidenceEnd), (e, text) => e with { EvidenceText = text });
    }
}
