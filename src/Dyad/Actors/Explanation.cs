namespace Dyad.Actors;

/// <summary>
/// How a mention was read and resolved ("role 'Foreign Minister' + person 'Sergey Lavrov' → …"), written out only when
/// asked for (`dyad actors` shows it). An ingest reads every mention of every article and shows none of these, and
/// writing them out as they were made took 8% of coding. Each kind of step keeps what it needs in one object. Two
/// explanations are equal when they read the same.
/// </summary>
public abstract class Explanation : IEquatable<Explanation>
{
    private string? text;

    /// <summary>The explanation written out; called once.</summary>
    protected abstract string Write();

    /// <summary>What is known so far (if anything), then " → " and one more step of resolution.</summary>
    public static Explanation After(Explanation? before, Func<string> step) => new Step(before, step);

    public override string ToString() => text ??= Write();

    public bool Equals(Explanation? other) => other is not null && (ReferenceEquals(this, other) || ToString() == other.ToString());

    public override bool Equals(object? obj) => obj is Explanation other && Equals(other);

    // Constant, so that hashing a mention (Distinct over mentions) never writes its explanation out; Equals decides.
    public override int GetHashCode() => 0;

    private sealed class Step(Explanation? before, Func<string> step) : Explanation
    {
        protected override string Write() => before is null ? step() : $"{before} → {step()}";
    }
}
