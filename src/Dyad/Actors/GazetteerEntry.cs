namespace Dyad.Actors;

/// <summary>One name in the gazetteer: what it refers to, from one row of a data file.</summary>
public sealed record GazetteerEntry(ActorKind Kind, string? Country, string? Role, string? Title, Person? Person);

/// <summary>A term in one office: CAMEO role, title ("foreign_minister") and tenure.</summary>
public sealed record Office(string Role, string Title, DateOnly? Start, DateOnly? End)
{
    public bool HeldOn(DateOnly date) => (Start is null || Start <= date) && (End is null || date <= End);
}

/// <summary>A person Dyad knows: who they act for, their name variants, and the offices they held when.</summary>
public sealed record Person(string Name, string Country, IReadOnlyList<string> Variants, IReadOnlyList<Office> Offices)
{
    /// <summary>The office held on a date; without a date, the latest one.</summary>
    public Office OfficeOn(DateOnly? date) =>
        date is { } d ? Offices.FirstOrDefault(o => o.HeldOn(d)) ?? Latest : Latest;

    private Office Latest => Offices.MaxBy(o => o.Start ?? DateOnly.MinValue)!;
}
