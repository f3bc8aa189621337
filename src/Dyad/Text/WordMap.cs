namespace Dyad.Text;

/// <summary>Hashing shared by <see cref="Token.LowerHash"/> and <see cref="WordMap{TValue}"/>.</summary>
public static class WordMap
{
    public static int Hash(string word) => StringComparer.Ordinal.GetHashCode(word);
}

/// <summary>
/// Words to values, looked up with a hash the caller already has (<see cref="Token.LowerHash"/>): an open-addressing
/// table whose slots keep each word's hash, so a probe compares numbers and reads a string only when they agree.
/// </summary>
public sealed class WordMap<TValue> where TValue : class
{
    // A table past this size (a trie's root: every first word of thousands of names) no longer stays in the CPU's
    // caches, and most tokens of a sentence start no phrase: a bit per hash prefix, 8 KB, answers those without a probe.
    private const int FilterFrom = 64;
    private Entry[] entries = new Entry[4];
    private ulong[]? filter;
    private int count;

    private struct Entry
    {
        public string? Word;
        public int Hash;
        public TValue Value;
    }

    public int Count => count;

    public bool TryGetValue(string word, int hash, out TValue value)
    {
        if (filter is not null && !MayContain(filter, hash))
        {
            value = null!;
            return false;
        }
        var mask = entries.Length - 1;
        for (var slot = hash & mask; entries[slot].Word is { } stored; slot = (slot + 1) & mask)
            if (entries[slot].Hash == hash && string.Equals(stored, word))
            {
                value = entries[slot].Value;
                return true;
            }
        value = null!;
        return false;
    }

    /// <summary>The value stored for the word, or the one <paramref name="create"/> makes and stores.</summary>
    public TValue GetOrAdd(string word, Func<TValue> create)
    {
        var hash = WordMap.Hash(word);
        if (TryGetValue(word, hash, out var found)) return found;
        // At most half full: probes stay short, and a probe always reaches an empty slot.
        if ((count + 1) * 2 > entries.Length) Grow();
        var value = create();
        Insert(entries, word, hash, value);
        count++;
        if (filter is not null) Mark(filter, hash);
        return value;
    }

    // The hash's upper 16 bits pick the filter's bit; its lower bits pick the slot, so the two stay independent.
    private static bool MayContain(ulong[] filter, int hash) => (filter[(uint)hash >> 22] & 1UL << (int)((uint)hash >> 16)) != 0;

    private static void Mark(ulong[] filter, int hash) => filter[(uint)hash >> 22] |= 1UL << (int)((uint)hash >> 16);

    private void Grow()
    {
        var larger = new Entry[entries.Length * 2];
        foreach (var e in entries)
            if (e.Word is not null) Insert(larger, e.Word, e.Hash, e.Value);
        entries = larger;
        if (filter is null && count >= FilterFrom)
        {
            filter = new ulong[(1 << 16) / 64];
            foreach (var e in entries)
                if (e.Word is not null) Mark(filter, e.Hash);
        }
    }

    private static void Insert(Entry[] into, string word, int hash, TValue value)
    {
        var mask = into.Length - 1;
        var slot = hash & mask;
        while (into[slot].Word is not null) slot = (slot + 1) & mask;
        into[slot] = new Entry { Word = word, Hash = hash, Value = value };
    }
}
