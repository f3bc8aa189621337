namespace Dyad.Actors;

/// <summary>
/// How a mention was read and resolved ("role 'Foreign Minister' + person 'Sergey Lavrov' → …"), written out only when
/// asked for (`dyad actors` shows it). An ingest reads every mention of every article and shows none of these, and
/// writing them out as they were made took 8% of coding. Two explanations are equal when they read the same.
/// </summary>
public sealed class Explanation : IEquatable<Explanation>
{
    private readonly Explanation? before;
    private readonly Func<string> step;
    private string? text;

    private Explanation(Explanation? before, Func<string> step) => (this.before, this.step) = (before, step);

    /// <summary>How the mention was read.</summary>
    public static Explanation Of(Func<string> reading) => new(null, reading);

    /// <summary>What is known so far (if anything), then " → " and one more step of resolution.</summary>
    public static Explanation After(Explanation? before, Func<string> step) => new(before, step);

    public override string ToString() => text ??= before is null ? step() : $"{before} → {step()}";

    public bool Equals(Explanation? other) => other is not null && (ReferenceEquals(this, other) || ToString() == other.ToString());

    public override bool Equals(object? obj) => obj is Explanation other && Equals(other);

    // Constant, so that hashing a mention (Distinct over mentions) never writes its explanation out; Equals decides.
    public override int GetHashCode() => 0;
}
