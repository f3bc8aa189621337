using System.Globalization;
using System.Numerics;
using Dyad.Languages;

namespace Dyad.Text;

/// <summary>
/// Character trigram log-probabilities per language, scored naive-Bayes style over the trigrams inside
/// each word: the language under which the text is most probable wins, when enough trigrams were seen
/// and the text is not improbable under every profile (a language Dyad has no profile for).
/// </summary>
internal sealed class TrigramProfiles
{
    private const float Unseen = -9f;
    // Mean log-probability per trigram below which no profile fits: another language, or not text.
    private const double MinMeanLogP = -5.5;
    private readonly string[] languages;
    // Keyed by the trigram's three UTF-16 units packed in one number: hashing a long is far cheaper than a string,
    // and this lookup runs once per letter of every document.
    private readonly Dictionary<ulong, float[]> table;

    private TrigramProfiles(string[] languages, Dictionary<ulong, float[]> table)
    {
        this.languages = languages;
        this.table = table;
    }

    private static ulong Key(char a, char b, char c) => (ulong)a << 32 | (ulong)b << 16 | c;

    public IReadOnlyList<string> Languages => languages;

    public static TrigramProfiles Load(LanguageCatalog catalog)
    {
        var files = Directory.EnumerateDirectories(catalog.Root).Order(StringComparer.Ordinal)
            .Select(d => (Lang: Path.GetFileName(d), File: Path.Combine(d, "trigrams.tsv"))).Where(x => File.Exists(x.File)).ToList();
        var table = new Dictionary<ulong, float[]>(new TrigramKeyComparer());
        for (var i = 0; i < files.Count; i++)
            foreach (var row in TsvFile.Read(files[i].File))
            {
                // A trigram outside the Basic Multilingual Plane takes more than three units; scoring never forms one.
                if (row.Get("trigram") is not { Length: 3 } trigram) continue;
                var key = Key(trigram[0], trigram[1], trigram[2]);
                if (!table.TryGetValue(key, out var scores))
                {
                    table[key] = scores = new float[Width(files.Count)];
                    Array.Fill(scores, Unseen, 0, files.Count);
                }
                scores[i] = float.Parse(row.Get("logp"), CultureInfo.InvariantCulture);
            }
        return new TrigramProfiles(files.Select(f => f.Lang).ToArray(), table);
    }

    // Each trigram adds its score under every language: a row padded to whole SIMD vectors is added a vector at a time.
    private static int Width(int languages) => (languages + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;

    public string? Best(string text, int minTrigrams)
    {
        var totals = new float[Width(languages.Length)];
        int count = 0, unseen = 0;
        char first = '\0', second = '\0';
        var run = 0;
        foreach (var raw in text)
        {
            if (!char.IsLetter(raw)) { run = 0; continue; }
            var third = LowerCase.Of(raw);
            var key = Key(first, second, third);
            (first, second) = (second, third);
            if (++run < 3) continue;
            count++;
            if (table.TryGetValue(key, out var scores))
                for (var i = 0; i < totals.Length; i += Vector<float>.Count)
                    (new Vector<float>(totals, i) + new Vector<float>(scores, i)).CopyTo(totals, i);
            else
                unseen++;
        }
        if (count < minTrigrams || languages.Length == 0) return null;
        var best = 0;
        for (var i = 1; i < languages.Length; i++) if (totals[i] > totals[best]) best = i;
        return (totals[best] + (double)unseen * Unseen) / count < MinMeanLogP ? null : languages[best];
    }
}

/// <summary>
/// Spreads packed trigram keys over the table. The default hash of a long XORs its halves, which puts the first and
/// third letters in the same bits: Latin trigrams then share a few dozen hash codes per middle letter.
/// </summary>
internal sealed class TrigramKeyComparer : IEqualityComparer<ulong>
{
    public bool Equals(ulong x, ulong y) => x == y;
    public int GetHashCode(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32);
}
