using Dyad.Text;

namespace Dyad.Store;

public sealed partial class EventStore
{
    // Copies found within the batch itself, before anything was staged.
    private void RecordCopies(IReadOnlyList<(ProcessedDocument Copy, ProcessedDocument Original, int Distance)> copies)
    {
        foreach (var (copy, original, distance) in copies)
        {
            using var cmd = Command("INSERT INTO near_duplicates VALUES ($1, $2, $3, $4, $5, now())",
                copy.ContentHash, copy.Article.Doc, copy.Article.Origin, original.ContentHash, distance);
            cmd.ExecuteNonQuery();
        }
    }

    // Staged documents whose body is a near copy of a stored one are recorded against it and not stored, with their events.
    // Two hashes within the threshold agree exactly on at least one of their 8-bit bands, so only band matches are compared.
    private void SetAsideStoredCopies()
    {
        const int width = 64 / SimHash.Bands;
        var bands = string.Join(" UNION ALL ", Enumerable.Range(0, SimHash.Bands).Select(b => $"""
            SELECT s.content_hash, s.id, s.origin, d.content_hash AS original, bit_count(xor(s.simhash, d.simhash)) AS distance
            FROM staging_documents s JOIN documents d ON (s.simhash >> {width * b}) & {(1 << width) - 1} = (d.simhash >> {width * b}) & {(1 << width) - 1}
            WHERE bit_count(xor(s.simhash, d.simhash)) <= {SimHash.MaxDistance}
            """));
        Execute($"""
            CREATE OR REPLACE TEMP TABLE stored_copies AS
            SELECT content_hash, any_value(id) AS id, any_value(origin) AS origin, arg_min(original, distance) AS original, min(distance) AS distance
            FROM ({bands}) GROUP BY content_hash
            """);
        Execute("INSERT INTO near_duplicates SELECT content_hash, id, origin, original, distance, now() FROM stored_copies");
        foreach (var table in new[] { "staging_events", "staging_mentions", "staging_documents" })
            Execute($"DELETE FROM {table} WHERE content_hash IN (SELECT content_hash FROM stored_copies)");
    }
}

/// <summary>Copies inside one batch: a document whose body SimHash is within the threshold of an earlier one.</summary>
internal static class NearDuplicates
{
    public static (List<ProcessedDocument> Unique, List<(ProcessedDocument Copy, ProcessedDocument Original, int Distance)> Copies) SplitBatch(List<ProcessedDocument> batch)
    {
        var unique = new List<ProcessedDocument>(batch.Count);
        var copies = new List<(ProcessedDocument, ProcessedDocument, int)>();
        foreach (var doc in batch)
        {
            var original = doc.BodySimHash is { } h
                ? unique.Select(u => (Doc: u, Distance: u.BodySimHash is { } uh ? SimHash.Distance(h, uh) : int.MaxValue))
                    .Where(x => x.Distance <= SimHash.MaxDistance).OrderBy(x => x.Distance).FirstOrDefault()
                : default;
            if (original.Doc is null) unique.Add(doc);
            else copies.Add((doc, original.Doc, original.Distance));
        }
        return (unique, copies);
    }
}
