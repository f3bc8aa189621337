using Dyad.Events;
using Dyad.Extraction;

namespace Dyad;

/// <summary>
/// What the pipeline made of one document: its article, its events, the hash that makes re-ingesting a no-op,
/// and the SimHash of its body that finds copies of it with a few words changed. The raw page is not kept: an ingest
/// holds a few batches of these until they are written, and the pages' text would double what they keep alive.
/// </summary>
public sealed record ProcessedDocument(Article Article, IReadOnlyList<CodedEvent> Events, string ContentHash, ulong? BodySimHash)
{
    public ProcessedDocument(Article article, IReadOnlyList<CodedEvent> events, string contentHash)
        : this(article, events, contentHash, Text.SimHash.Of(article.Body)) { }
}
