namespace Dyad.Analysis;

/// <summary>
/// Which events an analysis wants: the filters `dyad timeline`, `dyad dyads` and the HTTP API share. Every
/// filter is optional. Source and target match a country (RUS) or a full actor code (RUSGOV); with
/// <see cref="BothDirections"/> the pair matches either way round. Dates compare the first day an event's
/// date can mean (`date_start`), so an event dated only "2014" is in 2014-01-01..2014-12-31.
/// </summary>
public sealed record EventFilter
{
    public string? Source { get; init; }
    public string? Target { get; init; }
    public bool BothDirections { get; init; }
    /// <summary>A CAMEO code prefix: "04" is the root, "043" the code and its children.</summary>
    public string? Code { get; init; }
    public string? Root { get; init; }
    public IReadOnlyList<int> Quads { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Lang { get; init; }
    /// <summary>Words every event must have in one of its sentences, matched without case and diacritics.</summary>
    public string? Text { get; init; }
    /// <summary>null: any event; true: only events with a year; false: only those without (they cannot be placed in time).</summary>
    public bool? Dated { get; init; }
}
