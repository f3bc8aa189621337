namespace Dyad.Actors;

/// <summary>One name in the gazetteer: what it refers to, from one row of a data file.</summary>
public sealed record GazetteerEntry(ActorKind Kind, string? Country, string? Role, string? Title, Person? Person);

/// <summary>A person Dyad knows: who they act for, in which office, from when to when.</summary>
public sealed record Person(string Name, string Country, string Role, string Title, DateOnly? Start, DateOnly? End, IReadOnlyList<string> Variants)
{
    public bool InOffice(DateOnly date) => (Start is null || Start <= date) && (End is null || date <= End);
}
