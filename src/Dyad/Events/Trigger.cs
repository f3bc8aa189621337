namespace Dyad.Events;

public enum TriggerKind { Event, Speech, Blocked }

/// <summary>A lexicon entry: the phrase and the CAMEO code it signals, or a verb that introduces reported speech.</summary>
public sealed record Trigger(TriggerKind Kind, string Cameo, string Pattern, string Source)
{
    /// <summary>The lexicon entry as each of its mentions cites it: made once, not for every event it codes.</summary>
    public string Citation { get; } = $"{Source}: {Pattern} → {Cameo}";
}
