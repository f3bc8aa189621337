namespace Dyad.Events;

/// <summary>One CAMEO code with what users of event data read beside it.</summary>
public sealed record CameoCode(string Code, string Root, string Name, double Goldstein, int QuadClass, string? Plover, string? PloverMode);
