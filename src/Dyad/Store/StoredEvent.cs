namespace Dyad.Store;

/// <summary>An event as the store holds it, with every document that reports it and its first evidence.</summary>
public sealed record StoredEvent(
    string EventId, string Doc, IReadOnlyList<string> Docs, string? Date, string DatePrecision,
    StoredActor Source, StoredActor Target,
    string Cameo, string Root, string? Plover, int QuadClass, double Goldstein,
    string? Lang, double Confidence, string? Modality, int Mentions,
    string? EvidenceText, int EvidenceStart, int EvidenceEnd, string? Trigger);

public sealed record StoredActor(string? Code, string? Country, string? Role, string? Name);

/// <summary>Which events a query wants; every filter is optional.</summary>
public sealed record EventQuery(string? Source = null, string? Target = null, DateOnly? From = null, DateOnly? To = null, int? Limit = null);

public sealed record StoreStats(long Documents, long Duplicates, long Events, long Mentions, long Failures, long NearDuplicates, long Runs);

public sealed record IngestRun(int Documents, int Duplicates, int Failed, int Events);
