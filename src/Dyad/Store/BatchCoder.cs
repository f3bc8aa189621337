using Dyad.Events;
using Dyad.Extraction;

namespace Dyad.Store;

/// <summary>
/// Codes the events of a batch's articles, skipping the copies: an article that repeats an earlier one of the batch,
/// exactly or within the near-copy threshold, is recorded and not stored (<see cref="EventStore.SaveBatch"/> makes the
/// same choice, in the same order), so its events would be dropped unread.
/// </summary>
internal static class BatchCoder
{
    /// <summary>
    /// The events of each article, null for the copies left uncoded. An article whose coding fails is dropped from the
    /// batch (set to null, and reported), and the copies of it are then coded after all, since the writer keeps the first
    /// of them instead.
    /// </summary>
    public static IReadOnlyList<CodedEvent>?[] Code(Article?[] articles, Func<int, string> contentHash, ulong?[] bodyHashes, ParallelOptions options,
        Func<Article, IReadOnlyList<CodedEvent>> code, Action<int, Exception> onFailure)
    {
        var events = new IReadOnlyList<CodedEvent>?[articles.Length];
        while (true)
        {
            var copies = Copies(articles, contentHash, bodyHashes);
            var pending = Enumerable.Range(0, articles.Length).Where(j => articles[j] is not null && !copies[j] && events[j] is null).ToList();
            if (pending.Count == 0) return events;
            Parallel.For(0, pending.Count, options, k =>
            {
                var j = pending[k];
                try { events[j] = code(articles[j]!); }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    articles[j] = null;
                    onFailure(j, e);
                }
            });
        }
    }

    // Which articles repeat an earlier one: the same content, or a body within the near-copy threshold of one kept.
    private static bool[] Copies(Article?[] articles, Func<int, string> contentHash, ulong?[] bodyHashes)
    {
        var copies = new bool[articles.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<int>(articles.Length);
        for (var j = 0; j < articles.Length; j++)
        {
            if (articles[j] is null) continue;
            if (seen.Add(contentHash(j))) distinct.Add(j);
            else copies[j] = true;
        }
        var originals = NearDuplicates.Originals(distinct.Select(j => bodyHashes[j]).ToList());
        for (var k = 0; k < distinct.Count; k++) copies[distinct[k]] = originals[k].Index >= 0;
        return copies;
    }
}
