using System.Text.RegularExpressions;

namespace Dyad.Analysis;

/// <summary>Word 4-gram precision and recall of an extracted text against the expected one, as the fundus README suggests.</summary>
public static partial class NgramOverlap
{
    private const int N = 4;

    public static (double Precision, double Recall) Score(string extracted, string expected)
    {
        var got = Ngrams(extracted);
        var want = Ngrams(expected);
        if (got.Count == 0 || want.Count == 0) return (got.Count == 0 && want.Count == 0 ? 1 : 0, want.Count == 0 ? 1 : 0);
        var common = 0;
        foreach (var (gram, count) in got) common += Math.Min(count, want.GetValueOrDefault(gram));
        return (common / (double)got.Values.Sum(), common / (double)want.Values.Sum());
    }

    private static Dictionary<string, int> Ngrams(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + N <= words.Length; i++)
        {
            var key = string.Join(' ', words, i, N);
            grams[key] = grams.GetValueOrDefault(key) + 1;
        }
        return grams;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
