using Dyad.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dyad.Tests;

/// <summary>
/// SimHash.Of works on spans for speed; its result must stay what the plain definition gives, or hashes already in a
/// store would stop matching new copies of the same text.
/// </summary>
public class SimHashProperties
{
    // The definition, written for reading: lower-case, split at white space, trim punctuation, FNV-1a of each 3-shingle.
    private static ulong? Definition(string text)
    {
        var words = text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '“', '”', '‘', '’', '(', ')', '«', '»')).Where(w => w.Length > 0).ToArray();
        if (words.Length < SimHash.MinWords) return null;
        var weights = new int[64];
        for (var i = 0; i + 3 <= words.Length; i++)
        {
            var h = Fnv1a(words[i], Fnv1a(words[i + 1], Fnv1a(words[i + 2], 14695981039346656037UL)));
            for (var bit = 0; bit < 64; bit++) weights[bit] += (h >> bit & 1) == 1 ? 1 : -1;
        }
        ulong hash = 0;
        for (var bit = 0; bit < 64; bit++) if (weights[bit] > 0) hash |= 1UL << bit;
        return hash;
    }

    private static ulong Fnv1a(string word, ulong seed)
    {
        var h = seed;
        foreach (var c in word) { h ^= c; h *= 1099511628211UL; }
        h ^= ' ';
        return h * 1099511628211UL;
    }

    private static readonly string[] Pieces = ["Nga", "MỸ", "Russia’s", "(TASS)", "«Cuba»", "“said”", "...", "!", " ", "\n", "\t", "\u00A0", "İstanbul", "ΣΟΦΙΑ", "𐐀𐐁", "a", "b"];

    [Property(MaxTest = 300)]
    public Property Equals_the_definition_on_word_soup() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Join(" ", Enumerable.Repeat(p, 8).SelectMany(x => x)))),
            text => SimHash.Of(text) == Definition(text));

    [Property(MaxTest = 300)]
    public bool Equals_the_definition_on_arbitrary_strings(string? text) =>
        SimHash.Of(text ?? "") == Definition(text ?? "");

    [Theory]
    [InlineData("000"), InlineData("001"), InlineData("002"), InlineData("003"), InlineData("004")]
    public void Equals_the_definition_on_the_seeds(string seed)
    {
        var text = File.ReadAllText(Repo.Seed(seed));
        Assert.NotNull(SimHash.Of(text));
        Assert.Equal(Definition(text), SimHash.Of(text));
    }

    // The store finds a near copy through the byte-pair keys: any two hashes within the threshold must share one.
    [Property(MaxTest = 200)]
    public Property Hashes_within_the_threshold_share_a_pair_key() =>
        Prop.ForAll(Arb.From(from hash in ArbMap.Default.GeneratorFor<ulong>()
                             from bits in Gen.ListOf(Gen.Choose(0, 63)).Select(b => b.Distinct().Take(SimHash.MaxDistance).ToList())
                             select (hash, near: bits.Aggregate(hash, (h, bit) => h ^ 1UL << bit))),
            pair => PairKeys(pair.hash).Overlaps(PairKeys(pair.near)));

    // A batch is split into originals and copies by the C# keys, the store is searched by the SQL ones: they must agree.
    [Property(MaxTest = 100)]
    public bool The_batch_and_the_store_compute_the_same_pair_keys(ulong hash)
    {
        var keys = new uint[SimHash.PairCount];
        SimHash.PairKeys(hash, keys);
        return PairKeys(hash).SetEquals(keys);
    }

    private static HashSet<uint> PairKeys(ulong hash)
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {SimHash.PairKeySql("h")} FROM (SELECT CAST({hash} AS UBIGINT) AS h), {SimHash.BytePairsSql}";
        using var r = cmd.ExecuteReader();
        var keys = new HashSet<uint>();
        while (r.Read()) keys.Add(Convert.ToUInt32(r.GetValue(0)));
        Assert.Equal(28, keys.Count);
        return keys;
    }
}
