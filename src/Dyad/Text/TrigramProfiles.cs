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
    private readonly TrigramTable table;

    private TrigramProfiles(string[] languages, Dictionary<ulong, float[]> rows)
    {
        this.languages = languages;
        table = new TrigramTable(rows, Width(languages.Length));
    }

    private static ulong Key(char a, char b, char c) => (ulong)a << 32 | (ulong)b << 16 | c;

    public IReadOnlyList<string> Languages => languages;

    public static TrigramProfiles Load(LanguageCatalog catalog)
    {
        var files = Directory.EnumerateDirectories(catalog.Root).Order(StringComparer.Ordinal)
            .Select(d => (Lang: Path.GetFileName(d), File: Path.Combine(d, "trigrams.tsv"))).Where(x => File.Exists(x.File)).ToList();
        var table = new Dictionary<ulong, float[]>();
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
        Span<float> totals = stackalloc float[table.Width];
        var scores = table.Scores;
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
            var row = table.RowOf(key);
            if (row < 0) { unseen++; continue; }
            for (var i = 0; i < totals.Length; i += Vector<float>.Count)
                (new Vector<float>(totals[i..]) + new Vector<float>(scores.AsSpan(row + i))).CopyTo(totals[i..]);
        }
        if (count < minTrigrams || languages.Length == 0) return null;
        var best = 0;
        for (var i = 1; i < languages.Length; i++) if (totals[i] > totals[best]) best = i;
        return (totals[best] + (double)unseen * Unseen) / count < MinMeanLogP ? null : languages[best];
    }
}

/// <summary>
/// The trigrams' score rows in one array, found by an open-addressing table of the packed keys: one probe of two flat
/// arrays per letter, where a dictionary of arrays costs an interface call and a reference to follow. A packed key is
/// never 0 (its last unit is a letter), so 0 marks an empty slot.
/// </summary>
internal sealed class TrigramTable
{
    private readonly ulong[] keys;
    private readonly int[] rows;
    private readonly int mask;

    public int Width { get; }
    public float[] Scores { get; }

    public TrigramTable(Dictionary<ulong, float[]> source, int width)
    {
        Width = width;
        Scores = new float[source.Count * width];
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, source.Count * 2));
        (keys, rows, mask) = (new ulong[size], new int[size], size - 1);
        var next = 0;
        foreach (var (key, row) in source)
        {
            row.CopyTo(Scores, next);
            var slot = Slot(key);
            while (keys[slot] != 0) slot = (slot + 1) & mask;
            (keys[slot], rows[slot]) = (key, next);
            next += width;
        }
    }

    /// <summary>Where the key's row starts in <see cref="Scores"/>, or -1.</summary>
    public int RowOf(ulong key)
    {
        for (var slot = Slot(key); keys[slot] != 0; slot = (slot + 1) & mask)
            if (keys[slot] == key) return rows[slot];
        return -1;
    }

    // Multiplicative hashing spreads the packed keys: the default hash of a long XORs its halves, which puts the first
    // and third letters in the same bits, and Latin trigrams then share a few dozen hash codes per middle letter.
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & mask;
}
