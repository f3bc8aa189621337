using Dyad.Events;
using Dyad.Extraction;
using Dyad.Ingest;

namespace Dyad;

/// <summary>What the pipeline made of one document: its article, its events, and the hash that makes re-ingesting a no-op.</summary>
public sealed record ProcessedDocument(RawDocument Raw, Article Article, IReadOnlyList<CodedEvent> Events, string ContentHash);
