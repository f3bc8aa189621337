using System.Runtime.InteropServices;
using Dyad.Text;

namespace Dyad.Store;

public sealed partial class EventStore
{
    // Copies found within the batch itself, before anything was staged.
    private void RecordCopies(IReadOnlyList<(ProcessedDocument Copy, ProcessedDocument Original, int Distance)> copies)
    {
        using var appender = connection.CreateAppender("near_duplicates");
        var now = DateTime.UtcNow;
        foreach (var (copy, original, distance) in copies)
            appender.CreateRow().AppendValue(copy.ContentHash).AppendValue(copy.Article.Doc).AppendValue(copy.Article.Origin)
                .AppendValue(original.ContentHash).AppendValue((int?)distance).AppendValue((DateTime?)now).EndRow();
    }

    // Documents whose body is a near copy of a stored one are recorded against it and not stored, with their events; the
    // others are returned, and stay staged for KeyStagedHashes. Each stored hash is listed under its 28 byte-pair keys
    // (simhash_keys), so a lookup reads the keys that match exactly and compares only those hashes: the cost per batch
    // stays flat as the store grows instead of growing with it. Only what the lookup needs is staged, not the bodies.
    private List<ProcessedDocument> SetAsideStoredCopies(IReadOnlyList<ProcessedDocument> docs)
    {
        using (var appender = connection.CreateAppender("staging_documents"))
            foreach (var d in docs)
                appender.CreateRow().AppendValue(d.ContentHash).AppendValue(d.Article.Doc).AppendValue(d.Article.Origin).AppendValue(d.BodySimHash).EndRow();
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
        var copies = ReadColumn("SELECT content_hash FROM stored_copies");
        if (copies.Count == 0) return docs.ToList();
        Execute("INSERT INTO near_duplicates SELECT content_hash, id, origin, original, distance, now() FROM stored_copies");
        Execute("DELETE FROM staging_documents WHERE content_hash IN (SELECT content_hash FROM stored_copies)");
        return docs.Where(d => !copies.Contains(d.ContentHash)).ToList();
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
        var originals = Originals(batch.Select(d => d.BodySimHash).ToList());
        for (var i = 0; i < batch.Count; i++)
        {
            if (originals[i].Index >= 0) copies.Add((batch[i], batch[originals[i].Index], originals[i].Distance));
            else unique.Add(batch[i]);
        }
        return (unique, copies);
    }

    /// <summary>
    /// For each hash, the earlier one it copies and their distance, or index -1: the closest earlier hash within the
    /// threshold that is itself no copy, the earliest of equally close ones. A document without a hash copies nothing.
    /// </summary>
    public static (int Index, int Distance)[] Originals(IReadOnlyList<ulong?> hashes)
    {
        var originals = new (int Index, int Distance)[hashes.Count];
        var kept = KeptByKey.ForThisThread(hashes.Count);
        Span<uint> keys = stackalloc uint[SimHash.PairCount];
        for (var i = 0; i < hashes.Count; i++)
        {
            originals[i] = (-1, 0);
            if (hashes[i] is not { } hash) continue;
            SimHash.PairKeys(hash, keys);
            var nearest = Nearest(hash, keys, kept, hashes);
            if (nearest.Index >= 0) originals[i] = nearest;
            else kept.Add(keys, i);
        }
        return originals;
    }

    // The closest kept document within the threshold, the earliest kept of equally close ones; -1 when there is none.
    private static (int Index, int Distance) Nearest(ulong hash, ReadOnlySpan<uint> keys, KeptByKey kept, IReadOnlyList<ulong?> hashes)
    {
        var (best, bestDistance) = (-1, int.MaxValue);
        foreach (var key in keys)
            for (var node = kept.First(key); node >= 0; node = kept.Next(node))
            {
                var i = kept.Document(node);
                var distance = SimHash.Distance(hash, hashes[i]!.Value);
                if (distance <= SimHash.MaxDistance && (distance < bestDistance || distance == bestDistance && i < best)) (best, bestDistance) = (i, distance);
            }
        return (best, bestDistance);
    }

    /// <summary>
    /// The kept documents under their hashes' byte-pair keys: a document is compared with those sharing a key (every near
    /// copy does) instead of with the whole batch. Each key heads a chain through two flat arrays: a list per key cost a
    /// batch of 2,048 documents 57,000 small lists, 8% of everything an ingest allocated.
    /// </summary>
    private sealed class KeptByKey
    {
        // One per thread, reused: its arrays outgrow the small-object heap, and allocating them for every batch (twice:
        // the cores and the writer each split it) made .NET collect its oldest generation twice as often.
        [ThreadStatic] private static KeptByKey? perThread;
        private readonly Dictionary<uint, int> lastNode = [];
        private int[] documentOf = [];
        private int[] previous = [];
        private int count;

        public static KeptByKey ForThisThread(int documents)
        {
            var kept = perThread ??= new KeptByKey();
            var nodes = documents * SimHash.PairCount;
            if (kept.documentOf.Length < nodes) (kept.documentOf, kept.previous) = (new int[nodes], new int[nodes]);
            kept.lastNode.Clear();
            kept.lastNode.EnsureCapacity(nodes);
            kept.count = 0;
            return kept;
        }

        public void Add(ReadOnlySpan<uint> keys, int document)
        {
            foreach (var key in keys)
            {
                ref var last = ref CollectionsMarshal.GetValueRefOrAddDefault(lastNode, key, out var exists);
                documentOf[count] = document;
                previous[count] = exists ? last : -1;
                last = count++;
            }
        }

        public int First(uint key) => lastNode.TryGetValue(key, out var node) ? node : -1;
        public int Next(int node) => previous[node];
        public int Document(int node) => documentOf[node];
    }
}
