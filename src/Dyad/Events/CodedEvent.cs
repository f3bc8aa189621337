using Dyad.Text;

namespace Dyad.Events;

/// <summary>One end of a dyad: CAMEO code ("RUSGOV"), country or organisation acronym, role and, where known, the person.</summary>
public sealed record EventActor(string Code, string Country, string? Role, string? Name);

/// <summary>The sentence an event was read from, with character offsets into the stored body.</summary>
public sealed record Evidence(string Doc, string Text, int Start, int End, string Trigger, int TriggerStart, int TriggerEnd,
    int SourceStart, int SourceEnd, int TargetStart, int TargetEnd, string LexiconEntry, string DateReason);

/// <summary>
/// A coded event: who did what to whom and when, with the CAMEO code and what goes with it,
/// how sure Dyad is, and every sentence that reports it.
/// </summary>
public sealed record CodedEvent(
    string EventId,
    string Doc,
    PartialDate? Date,
    EventActor Source,
    EventActor Target,
    CameoCode Cameo,
    string? Plover,
    string Lang,
    double Confidence,
    string Modality,
    IReadOnlyList<Evidence> Evidence)
{
    public int Mentions => Evidence.Count;
    public IReadOnlyList<string> Docs => Evidence.Select(e => e.Doc).Distinct().ToList();
}
