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
    /// it has fewer than <see cref="MinWords"/>. Runs on every stored document, so it reads one lower-cased copy once:
    /// each word is folded into the three shingles it belongs to at the same time (three independent hash chains, which
    /// the CPU runs side by side), instead of hashing every word three times.
    /// </summary>
    public static ulong? Of(string text)
    {
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var lower = buffer.AsSpan(0, text.Length);
            if (LowerCase.HasSurrogates(text)) text.AsSpan().ToLowerInvariant(lower);
            else for (var i = 0; i < text.Length; i++) lower[i] = LowerCase.Of(text[i]);
            // Bit b of a shingle's hash adds 1 to weight b when set and takes 1 away when not: a byte at a time, from a
            // table of the eight signs of each byte value.
            // A struct of eight vectors, not stackalloc: a method that allocates on the stack in a loop is compiled once,
            // fully optimised but before the class's statics are set up, and keeps a check of them in every iteration;
            // without it the method is tiered like any other and recompiled with its statics known.
            var accumulators = new Weights();
            Span<Vector256<int>> weights = accumulators;
            // A shingle's hash folds in its third word first, then its second, then its first; reading the words from
            // the last one back, the current word completes one shingle, is the second of the next and starts a third.
            ulong completing = 0, middle = 0;
            var words = 0;
            for (var i = lower.Length; i > 0;)
            {
                while (i > 0 && CharSet.WhiteSpace.Contains(lower[i - 1])) i--;
                var end = i;
                while (i > 0 && !CharSet.WhiteSpace.Contains(lower[i - 1])) i--;
                var (from, to) = (i, end);
                while (from < to && PunctuationMarks.Contains(lower[from])) from++;
                while (to > from && PunctuationMarks.Contains(lower[to - 1])) to--;
                if (from == to) continue;
                var starting = Basis;
                foreach (var c in lower[from..to])
                {
                    completing = (completing ^ c) * Prime;
                    middle = (middle ^ c) * Prime;
                    starting = (starting ^ c) * Prime;
                }
                (completing, middle, starting) = ((completing ^ ' ') * Prime, (middle ^ ' ') * Prime, (starting ^ ' ') * Prime);
                if (++words >= 3)
                    for (var b = 0; b < Bytes; b++) weights[b] += ByteSigns[(int)(completing >> (8 * b)) & 255];
                (completing, middle) = (middle, starting);
            }
            if (words < MinWords) return null;
            ulong hash = 0;
            for (var bit = 0; bit < 64; bit++) if (weights[bit / 8][bit % 8] > 0) hash |= 1UL << bit;
            return hash;
        }
        finally { System.Buffers.ArrayPool<char>.Shared.Return(buffer); }
    }

    [System.Runtime.CompilerServices.InlineArray(Bytes)]
    private struct Weights
    {
        private Vector256<int> first;
    }

    // FNV-1a over each shingle's words, each followed by a space.
    private const ulong Basis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private static readonly Vector256<int>[] ByteSigns = Enumerable.Range(0, 256)
        .Select(v => Vector256.Create(Enumerable.Range(0, 8).Select(bit => (v >> bit & 1) * 2 - 1).ToArray())).ToArray();

    private static readonly CharSet PunctuationMarks = new(c => ".,;:!?\"“”‘’()«»".Contains(c));

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);
}
