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
    // Each stored hash is listed under its 28 byte-pair keys (simhash_keys), so a lookup reads the keys that match exactly
    // and compares only those hashes: the cost per batch stays flat as the store grows instead of growing with it.
    private void SetAsideStoredCopies()
    {
        Execute($"""
            CREATE OR REPLACE TEMP TABLE stored_copies AS
            WITH staged AS (
                SELECT s.content_hash, s.id, s.origin, s.simhash, {SimHash.PairKeySql("s.simhash")} AS key
                FROM staging_documents s, {SimHash.BytePairsSql} WHERE s.simhash IS NOT NULL),
            near AS (
                SELECT st.content_hash, any_value(st.id) AS id, any_value(st.origin) AS origin,
                       arg_min(k.simhash, bit_count(xor(st.simhash, k.simhash))) AS original_hash, min(bit_count(xor(st.simhash, k.simhash))) AS distance
                FROM staged st JOIN simhash_keys k ON k.key = st.key
                WHERE bit_count(xor(st.simhash, k.simhash)) <= {SimHash.MaxDistance}
                GROUP BY st.content_hash)
            SELECT n.content_hash, n.id, n.origin, min(d.content_hash) AS original, n.distance
            FROM near n JOIN documents d ON d.simhash = n.original_hash
            GROUP BY n.content_hash, n.id, n.origin, n.distance
            """);
        Execute("INSERT INTO near_duplicates SELECT content_hash, id, origin, original, distance, now() FROM stored_copies");
        foreach (var table in new[] { "staging_events", "staging_mentions", "staging_documents" })
            Execute($"DELETE FROM {table} WHERE content_hash IN (SELECT content_hash FROM stored_copies)");
    }

    // The keys under which the batch's new documents will be found by later batches.
    private void KeyStagedHashes() =>
        Execute($"INSERT INTO simhash_keys SELECT {SimHash.PairKeySql("simhash")}, simhash FROM staging_documents, {SimHash.BytePairsSql} WHERE simhash IS NOT NULL");
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
