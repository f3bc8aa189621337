namespace Dyad.Text;

/// <summary>
/// Whether a text contains any of many short markers, in one pass over the text: each position's two characters are
/// looked up in a bit filter of the markers' first two characters, and only the positions that pass are compared with
/// the markers that begin there. Searching for the markers one by one reads every line once per marker, which made the
/// caption check of all languages' markers a few percent of an ingest.
/// </summary>
public sealed class MarkerSearch
{
    private const int FilterBits = 1 << 16;
    private readonly ulong[] filter = new ulong[FilterBits / 64];
    private readonly Dictionary<int, string[]> byOpening;
    private readonly string[] singleCharacters;

    public MarkerSearch(IEnumerable<string> markers)
    {
        var distinct = markers.Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        singleCharacters = distinct.Where(m => m.Length == 1).ToArray();
        byOpening = distinct.Where(m => m.Length > 1).GroupBy(m => Opening(m[0], m[1]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.Length).ToArray());
        foreach (var opening in byOpening.Keys)
        {
            var bit = Bit(opening);
            filter[bit >> 6] |= 1UL << bit;
        }
    }

    public bool ContainsAny(string text)
    {
        foreach (var single in singleCharacters)
            if (text.Contains(single[0])) return true;
        var span = text.AsSpan();
        for (var i = 0; i + 1 < span.Length; i++)
        {
            var opening = Opening(span[i], span[i + 1]);
            var bit = Bit(opening);
            if ((filter[bit >> 6] & 1UL << bit) == 0 || !byOpening.TryGetValue(opening, out var candidates)) continue;
            foreach (var marker in candidates)
                if (span[i..].StartsWith(marker, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static int Opening(char first, char second) => first << 16 | second;

    private static int Bit(int opening) => (int)((uint)opening * 0x9E3779B1u >> 16);
}
