using Dyad.Store;

namespace Dyad.Analysis;

/// <summary>A country pair with its events per quad class: what `dyad dyads` and /api/dyads list.</summary>
public sealed record DyadSummary(string Source, string Target, PeriodCounts Counts, int Mentions);

/// <summary>
/// An actor (a country or organisation code) ranked by the events it takes part in, on either side, with its
/// most frequent partner and the people named for it most often.
/// </summary>
public sealed record ActorRank(string Actor, int Events, int AsSource, int AsTarget, int Mentions, double GoldsteinMean,
    string? TopPartner, IReadOnlyList<string> People);

/// <summary>A stored article as `dyad ingest` kept it.</summary>
public sealed record StoredDocument(string ContentHash, string Id, string? Origin, string? Lang, string? Title,
    string? Published, string? PublishedPrecision, string Body);

/// <summary>Where one event is read in a document: sentence, trigger and actor offsets into the body.</summary>
public sealed record EventSpan(string EventId, string Cameo, string Root, int QuadClass, double Goldstein, string? Date,
    string? SourceCode, string? TargetCode, int SentenceStart, int SentenceEnd, int TriggerStart, int TriggerEnd,
    int SourceStart, int SourceEnd, int TargetStart, int TargetEnd);

/// <summary>One document found by full-text search, with a snippet around the first match and its events.</summary>
public sealed record SearchHit(string ContentHash, string Id, string? Title, string? Published, string? Lang, int Score,
    string Snippet, IReadOnlyList<StoredEvent> Events);

/// <summary>One page of events and how many match in all.</summary>
public sealed record EventPage(long Total, int Page, int PageSize, IReadOnlyList<StoredEvent> Events);
