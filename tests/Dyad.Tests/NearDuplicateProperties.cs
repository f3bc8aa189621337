using Dyad.Store;
using Dyad.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dyad.Tests;

/// <summary>The batch's copy finder, which looks only at hashes sharing a byte-pair key, against its definition.</summary>
public class NearDuplicateProperties
{
    // Each step either starts a new text, adds one without a hash, or copies an earlier one with a few bits changed:
    // (kind, seed, which earlier hash, how many bits).
    private static readonly Gen<(int Kind, ulong Seed, int From, int Bits)> Step =
        from kind in Gen.Choose(0, 9)
        from seed in ArbMap.Default.GeneratorFor<ulong>()
        from at in Gen.Choose(0, 1000)
        from bits in Gen.Choose(0, 12)
        select (kind, seed, at, bits);

    [Property(MaxTest = 300)]
    public Property Each_hash_copies_the_closest_earlier_original_within_the_threshold() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Step)), steps =>
        {
            var hashes = new List<ulong?>();
            foreach (var (kind, seed, from, bits) in steps)
            {
                var earlier = hashes.Where(h => h is not null).ToList();
                if (kind == 0) hashes.Add(null);
                else if (kind < 4 || earlier.Count == 0) hashes.Add(seed);
                else hashes.Add(Flip(earlier[from % earlier.Count]!.Value, seed, bits));
            }
            Assert.Equal(ByDefinition(hashes), NearDuplicates.Originals(hashes));
        });

    // Flips `bits` distinct bits of the hash, chosen by the seed.
    private static ulong Flip(ulong hash, ulong seed, int bits)
    {
        var random = new Random((int)seed ^ (int)(seed >> 32));
        var flipped = new HashSet<int>();
        while (flipped.Count < bits) flipped.Add(random.Next(64));
        return flipped.Aggregate(hash, (h, b) => h ^ (1UL << b));
    }

    // Every earlier hash that is no copy itself, compared one by one.
    private static (int Index, int Distance)[] ByDefinition(IReadOnlyList<ulong?> hashes)
    {
        var originals = new (int Index, int Distance)[hashes.Count];
        for (var i = 0; i < hashes.Count; i++)
        {
            originals[i] = (-1, 0);
            if (hashes[i] is not { } hash) continue;
            var (best, bestDistance) = (-1, int.MaxValue);
            for (var j = 0; j < i; j++)
            {
                if (hashes[j] is not { } other || originals[j].Index >= 0) continue;
                var distance = SimHash.Distance(hash, other);
                if (distance <= SimHash.MaxDistance && distance < bestDistance) (best, bestDistance) = (j, distance);
            }
            if (best >= 0) originals[i] = (best, bestDistance);
        }
        return originals;
    }
}
