using Dyad.Analysis;
using Dyad.Store;

namespace Dyad.Cli.Server;

// The API's response shapes. They are records so that the OpenAPI description names their fields; every name is
// written in snake_case (EventJson.Options), the same as `dyad events --format jsonl`.

/// <summary>Every error: 400 for a bad request, 404 for an unknown id, 503 while the store cannot be read.</summary>
public sealed record ApiError(string Error);

public sealed record HealthResponse(string Status, string Store, long Documents, long Events, long Mentions);

public sealed record EventsPage(long Total, int Page, int PageSize, IReadOnlyList<EventJson.Record> Events);

/// <summary>One sentence that reports an event; offsets are into the document's body.</summary>
public sealed record MentionJson(string Doc, string Sentence, int SentenceStart, int SentenceEnd, string Trigger, int TriggerStart, int TriggerEnd,
    int SourceStart, int SourceEnd, int TargetStart, int TargetEnd, string LexiconEntry, string DateReason, string Marked)
{
    public static MentionJson From(StoredMention m) => new(m.Doc, m.Sentence, m.SentenceStart, m.SentenceEnd, m.Trigger, m.TriggerStart, m.TriggerEnd,
        m.SourceStart, m.SourceEnd, m.TargetStart, m.TargetEnd, m.LexiconEntry, m.DateReason, m.Marked());
}

public sealed record EventDetail(EventJson.Record Event, IReadOnlyList<MentionJson> Mentions);

public sealed record DocumentJson(string Id, string ContentHash, string? Origin, string? Lang, string? Title, string? Published,
    string? PublishedPrecision, string Body, IReadOnlyList<EventSpan> Spans);

public sealed record LanguageFacet(string Lang, int Events);

public sealed record RootFacet(string Root, string? Name, int Events);

/// <summary>What the dashboard's filters can choose from.</summary>
public sealed record FiltersResponse(IReadOnlyList<LanguageFacet> Languages, IReadOnlyList<RootFacet> Roots);
