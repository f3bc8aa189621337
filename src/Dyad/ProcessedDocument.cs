using Dyad.Events;
using Dyad.Extraction;
using Dyad.Ingest;

namespace Dyad;

/// <summary>
/// What the pipeline made of one document: its article, its events, the hash that makes re-ingesting a no-op,
/// and the SimHash of its body that finds copies of it with a few words changed.
/// </summary>
public sealed record ProcessedDocument(RawDocument Raw, Article Article, IReadOnlyList<CodedEvent> Events, string ContentHash)
{
    public ulong? BodySimHash { get; init; } = Text.SimHash.Of(Article.Body);
}
