namespace Dyad.Text;

/// <summary>
/// A 64-bit SimHash of a text's word 3-shingles: texts that differ in a few words (a syndicated copy with
/// another byline, a page crawled twice with a new counter) have hashes a few bits apart.
/// </summary>
public static class SimHash
{
    /// <summary>Texts shorter than this have too few shingles for a meaningful hash.</summary>
    public const int MinWords = 50;
    /// <summary>
    /// Hashes this many bits apart or fewer are the same text. News articles are short (a few hundred words), so one
    /// changed word moves more bits than in the web pages the classic threshold of 3 was set for; 6 still leaves
    /// unrelated texts about 1e-11 likely to meet.
    /// </summary>
    public const int MaxDistance = 6;

    /// <summary>Two hashes within <see cref="MaxDistance"/> bits agree exactly on at least one of this many bands.</summary>
    public const int Bands = MaxDistance + 2;

    public static ulong? Of(string text)
    {
        var words = text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '“', '”', '‘', '’', '(', ')', '«', '»')).Where(w => w.Length > 0).ToArray();
        if (words.Length < MinWords) return null;
        Span<int> weights = stackalloc int[64];
        for (var i = 0; i + 3 <= words.Length; i++)
        {
            var h = Fnv1a(words[i], Fnv1a(words[i + 1], Fnv1a(words[i + 2], 14695981039346656037UL)));
            for (var bit = 0; bit < 64; bit++) weights[bit] += (h >> bit & 1) == 1 ? 1 : -1;
        }
        ulong hash = 0;
        for (var bit = 0; bit < 64; bit++) if (weights[bit] > 0) hash |= 1UL << bit;
        return hash;
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    private static ulong Fnv1a(string word, ulong seed)
    {
        var h = seed;
        foreach (var c in word) { h ^= c; h *= 1099511628211UL; }
        h ^= ' ';
        return h * 1099511628211UL;
    }
}
