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
    private Entry[] entries = new Entry[4];
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
        return value;
    }

    private void Grow()
    {
        var larger = new Entry[entries.Length * 2];
        foreach (var e in entries)
            if (e.Word is not null) Insert(larger, e.Word, e.Hash, e.Value);
        entries = larger;
    }

    private static void Insert(Entry[] into, string word, int hash, TValue value)
    {
        var mask = into.Length - 1;
        var slot = hash & mask;
        while (into[slot].Word is not null) slot = (slot + 1) & mask;
        into[slot] = new Entry { Word = word, Hash = hash, Value = value };
    }
}
