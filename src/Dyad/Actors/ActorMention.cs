namespace Dyad.Actors;

/// <summary>
/// An actor found in a sentence: tokens [Start, End), character span [CharStart, CharEnd) in the body,
/// the country (or organisation acronym) it acts for, its CAMEO role and, where named, the person.
/// </summary>
public sealed record ActorMention(int Start, int End, int CharStart, int CharEnd, ActorKind Kind, string? Country, string? Role, string? Name, string Text,
    string? Title = null, Explanation? Reason = null)
{
    /// <summary>How the mention was read and resolved, written out now.</summary>
    public string Why => Reason?.ToString() ?? "";

    /// <summary>The person this mention names, kept to resolve their office at the article's date.</summary>
    public Person? Person { get; init; }

    /// <summary>CAMEO actor code: country plus role ("RUSGOV"), or the country alone.</summary>
    public string Code => (Country ?? "") + (Role ?? "");

    public bool IsConcrete => Country is not null && Kind is not (ActorKind.Joint or ActorKind.Generic or ActorKind.NotActor or ActorKind.Place);

    /// <summary>Whether the mention can be one end of a dyad at all (a place or a non-actor cannot).</summary>
    public bool CanAct => Kind is not (ActorKind.NotActor or ActorKind.Place);
}
