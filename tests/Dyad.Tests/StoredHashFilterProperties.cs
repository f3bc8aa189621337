using Dyad.Store;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dyad.Tests;

/// <summary>The filter that spares an ingest its store lookups must never call a stored hash new.</summary>
public class StoredHashFilterProperties
{
    private static readonly Gen<string> Hashes =
        Gen.ArrayOf(Gen.Elements("0123456789abcdef".ToCharArray()), 32).Select(c => new string(c));

    [Property(MaxTest = 100)]
    public Property Every_added_hash_may_be_stored() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Hashes)), hashes =>
        {
            var filter = new StoredHashFilter(hashes.Count + 10);
            foreach (var h in hashes) filter.Add(h);
            return hashes.All(filter.MayContain);
        });

    [Fact]
    public void Few_new_hashes_pass_and_a_full_filter_passes_all()
    {
        var random = new Random(7);
        string Next() => Convert.ToHexStringLower(random.GetItems<byte>(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), 16));
        var filter = new StoredHashFilter(10_000);
        for (var i = 0; i < 10_000; i++) filter.Add(Next());
        var passed = Enumerable.Range(0, 10_000).Count(_ => filter.MayContain(Next()));
        Assert.InRange(passed, 0, 50);
        // Past its capacity the filter no longer knows what it holds, so it sends every hash to the store.
        filter.Add(Next());
        Assert.All(Enumerable.Range(0, 100), _ => Assert.True(filter.MayContain(Next())));
    }

    [Fact]
    public void A_hash_that_is_not_hex_always_goes_to_the_store() =>
        Assert.True(new StoredHashFilter(10).MayContain("not a hex digest at all, longer than 32"));
}
