using System.Runtime.Intrinsics;

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

    /// <summary>
    /// The hash is cut into this many bytes. Two hashes within <see cref="MaxDistance"/> bits differ in at most 6 of
    /// them, so they agree exactly on at least one pair of bytes: looking a hash up by each of its 28 byte pairs (16-bit
    /// keys, see <see cref="PairKeySql"/>) finds every near copy while matching only 1 in 65,536 unrelated hashes per key.
    /// </summary>
    public const int Bytes = 8;

    /// <summary>
    /// SQL for the byte-pair keys of the hash in column <paramref name="column"/>, given bytes <c>a &lt; b</c> from a
    /// row source: the pair's number (a·8+b) above the two bytes' values. Kept in SQL so that a store's keys can be
    /// rebuilt from its hashes alone.
    /// </summary>
    public static string PairKeySql(string column) =>
        $"CAST((a * {Bytes} + b) * 65536 + ((({column} >> (8 * a)) & 255) * 256) + (({column} >> (8 * b)) & 255) AS UINTEGER)";

    /// <summary>How many byte pairs, and so keys, a hash has.</summary>
    public const int PairCount = Bytes * (Bytes - 1) / 2;

    /// <summary>The same keys as <see cref="PairKeySql"/>, in C#, for comparing the documents of one batch with each other.</summary>
    public static void PairKeys(ulong hash, Span<uint> keys)
    {
        var k = 0;
        for (var a = 0; a < Bytes; a++)
            for (var b = a + 1; b < Bytes; b++)
                keys[k++] = (uint)((a * Bytes + b) * 65536 + (int)((hash >> (8 * a)) & 255) * 256 + (int)((hash >> (8 * b)) & 255));
    }

    /// <summary>SQL rows (a, b) of every pair of byte positions, a &lt; b.</summary>
    public const string BytePairsSql = "(SELECT x.a, y.b FROM range(8) x(a), range(8) y(b) WHERE x.a < y.b)";

    /// <summary>
    /// The hash of the text's lower-cased words (split at white space, trimmed of quotes and punctuation), or null when
    /// it has fewer than <see cref="MinWords"/>. Runs on every stored document, so it works on spans of one lower-cased
    /// copy instead of allocating each word.
    /// </summary>
    public static ulong? Of(string text)
    {
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var words = new List<(int Start, int Length)>(Math.Min(text.Length / 4 + 1, 4096));
        try
        {
            var lower = buffer.AsSpan(0, text.Length);
            if (LowerCase.HasSurrogates(text)) text.AsSpan().ToLowerInvariant(lower);
            else for (var i = 0; i < text.Length; i++) lower[i] = LowerCase.Of(text[i]);
            for (var i = 0; i < lower.Length;)
            {
                while (i < lower.Length && IsSpace(lower[i])) i++;
                var start = i;
                while (i < lower.Length && !IsSpace(lower[i])) i++;
                var word = lower[start..i];
                var leading = word.IndexOfAnyExcept(PunctuationMarks);
                if (leading < 0) continue;
                words.Add((start + leading, word.LastIndexOfAnyExcept(PunctuationMarks) - leading + 1));
            }
            if (words.Count < MinWords) return null;
            // Bit b of a shingle's hash adds 1 to weight b when set and takes 1 away when not: a byte at a time, from a
            // table of the eight signs of each byte value.
            Span<Vector256<int>> weights = stackalloc Vector256<int>[Bytes];
            for (var i = 0; i + 3 <= words.Count; i++)
            {
                var h = Fnv1a(Word(lower, words[i]), Fnv1a(Word(lower, words[i + 1]), Fnv1a(Word(lower, words[i + 2]), 14695981039346656037UL)));
                for (var b = 0; b < Bytes; b++) weights[b] += ByteSigns[(int)(h >> (8 * b)) & 255];
            }
            ulong hash = 0;
            for (var bit = 0; bit < 64; bit++) if (weights[bit / 8][bit % 8] > 0) hash |= 1UL << bit;
            return hash;
        }
        finally { System.Buffers.ArrayPool<char>.Shared.Return(buffer); }
    }

    private static readonly Vector256<int>[] ByteSigns = Enumerable.Range(0, 256)
        .Select(v => Vector256.Create(Enumerable.Range(0, 8).Select(bit => (v >> bit & 1) * 2 - 1).ToArray())).ToArray();

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, (int Start, int Length) word) => text.Slice(word.Start, word.Length);

    private static readonly System.Buffers.SearchValues<char> PunctuationMarks = System.Buffers.SearchValues.Create(".,;:!?\"“”‘’()«»");

    // Most characters are ASCII letters: they are answered without the Unicode table.
    private static bool IsSpace(char c) => c > ' ' && c < '\u0080' ? false : CharSet.WhiteSpace.Contains(c);

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    private static ulong Fnv1a(ReadOnlySpan<char> word, ulong seed)
    {
        var h = seed;
        foreach (var c in word) { h ^= c; h *= 1099511628211UL; }
        h ^= ' ';
        return h * 1099511628211UL;
    }
}
