using System.Globalization;

namespace Dyad.Store;

/// <summary>
/// A Bloom filter of the content hashes a store holds (documents and recorded near copies), loaded once per ingest:
/// a hash it has never seen is surely not stored, so the store is asked only about the few that may be (copies, and
/// about 1 in 1,000 others). Asking about a whole batch cost its cores a query of 2,048 literals every batch.
/// Like any Bloom filter it never calls an added hash new; what it can do is pass unstored ones. Its size is fixed when
/// loaded, 16 bits per stored hash plus room for a million more; past that it would pass more and more of them, so a
/// run that adds more stops probing and asks the store about every hash, as before the filter.
/// </summary>
internal sealed class StoredHashFilter
{
    private const int BitsPerHash = 16;
    private const int Probes = 8;
    private const long Headroom = 1_000_000;
    private readonly ulong[] bits;
    private readonly long capacity;
    private long count;

    internal StoredHashFilter(long capacity)
    {
        this.capacity = capacity;
        bits = new ulong[Math.Max(1, capacity * BitsPerHash / 64)];
    }

    public static StoredHashFilter Load(EventStore store)
    {
        var filter = new StoredHashFilter(store.StoredHashCount() + Headroom);
        store.ForEachStoredHash(filter.Add);
        return filter;
    }

    /// <summary>False only when the hash is surely not stored.</summary>
    public bool MayContain(string hash)
    {
        if (count > capacity || !TryParse(hash, out var a, out var b)) return true;
        for (var i = 0; i < Probes; i++)
        {
            var bit = Bit(a, b, i);
            if ((bits[bit >> 6] & (1UL << (int)(bit & 63))) == 0) return false;
        }
        return true;
    }

    public void Add(string hash)
    {
        count++;
        if (!TryParse(hash, out var a, out var b)) return;
        for (var i = 0; i < Probes; i++)
        {
            var bit = Bit(a, b, i);
            bits[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    // Content hashes are hex digests, uniformly spread: two 64-bit halves give every probe by double hashing.
    private long Bit(ulong a, ulong b, int i) => (long)((a + (ulong)i * (b | 1)) % (ulong)(bits.Length * 64L));

    private static bool TryParse(string hash, out ulong a, out ulong b)
    {
        (a, b) = (0, 0);
        return hash.Length >= 32
               && ulong.TryParse(hash.AsSpan(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out a)
               && ulong.TryParse(hash.AsSpan(16, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out b);
    }
}
