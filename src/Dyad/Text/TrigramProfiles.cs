using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
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
        table = new TrigramTable(rows, languages.Length);
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
                    table[key] = scores = new float[files.Count];
                    Array.Fill(scores, Unseen);
                }
                scores[i] = float.Parse(row.Get("logp"), CultureInfo.InvariantCulture);
            }
        return new TrigramProfiles(files.Select(f => f.Lang).ToArray(), table);
    }


    public string? Best(ReadOnlySpan<char> text, int minTrigrams)
    {
        // A struct on the stack rather than stackalloc, which would keep this hot loop out of tiered compilation (see SimHash).
        var room = new Totals();
        Span<int> totals = table.Width <= Totals.Length ? ((Span<int>)room)[..table.Width] : new int[table.Width];
        var scores = table.Scores;
        int count = 0, unseen = 0;
        char first = '\0', second = '\0';
        var run = 0;
        foreach (var raw in text)
        {
            if (!CharSet.Letters.Contains(raw)) { run = 0; continue; }
            var third = LowerCase.Of(raw);
            var key = Key(first, second, third);
            (first, second) = (second, third);
            if (++run < 3) continue;
            count++;
            var row = table.RowOf(key);
            if (row < 0) { unseen++; continue; }
            for (var i = 0; i < totals.Length; i += Vector<short>.Count)
            {
                Vector.Widen(new Vector<short>(scores.AsSpan(row + i)), out var low, out var high);
                (new Vector<int>(totals[i..]) + low).CopyTo(totals[i..]);
                (new Vector<int>(totals[(i + Vector<int>.Count)..]) + high).CopyTo(totals[(i + Vector<int>.Count)..]);
            }
        }
        if (count < minTrigrams || languages.Length == 0) return null;
        var best = 0;
        for (var i = 1; i < languages.Length; i++) if (totals[i] > totals[best]) best = i;
        return ((double)totals[best] / TrigramTable.Scale + (double)unseen * Unseen) / count < MinMeanLogP ? null : languages[best];
    }
}

[System.Runtime.CompilerServices.InlineArray(Length)]
internal struct Totals
{
    public const int Length = 64;
    private int first;
}

/// <summary>
/// The trigrams' score rows in one array, found by an open-addressing table of the packed keys. Scoring probes it once
/// per letter of every document and the rows of all languages' trigrams far exceed the CPU's caches, so each probe is
/// made to touch as little memory as possible: a slot holds the key beside its row's position (one cache line, not
/// two arrays), and a row holds its scores as 16-bit fixed point aligned to a 64-byte line (one line for up to 32
/// languages, where floats took two). Fixed point with 1/2048 steps changes a paragraph's total by less than one unit in
/// a thousand trigrams. A packed key is never 0 (its last unit is a letter), so 0 marks an empty slot.
/// </summary>
internal sealed class TrigramTable
{
    /// <summary>Fixed-point units per unit of log-probability.</summary>
    public const int Scale = 2048;
    private const int LineBytes = 64;

    private readonly Slot[] slots;
    private readonly int mask;
    // Where the first row starts in Scores: the array is pinned, so this offset keeps every row on a cache line of its own.
    private readonly int first;

    public int Width { get; }
    public short[] Scores { get; }

    private readonly record struct Slot(ulong Key, int Row);

    public TrigramTable(Dictionary<ulong, float[]> source, int languages)
    {
        Width = (languages + Vector<short>.Count - 1) / Vector<short>.Count * Vector<short>.Count;
        Scores = GC.AllocateArray<short>(source.Count * Width + LineBytes / sizeof(short), pinned: true);
        // A pinned array never moves, so its address, read once through a handle, stays true.
        var handle = GCHandle.Alloc(Scores, GCHandleType.Pinned);
        first = (int)((LineBytes - handle.AddrOfPinnedObject() % LineBytes) % LineBytes) / sizeof(short);
        handle.Free();
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, source.Count * 2));
        (slots, mask) = (new Slot[size], size - 1);
        var next = first;
        foreach (var (key, row) in source)
        {
            for (var i = 0; i < row.Length; i++) Scores[next + i] = checked((short)Math.Round(row[i] * Scale));
            var slot = SlotOf(key);
            while (slots[slot].Key != 0) slot = (slot + 1) & mask;
            slots[slot] = new Slot(key, next);
            next += Width;
        }
    }

    /// <summary>Where the key's row starts in <see cref="Scores"/>, or -1.</summary>
    public int RowOf(ulong key)
    {
        for (var slot = SlotOf(key); slots[slot].Key != 0; slot = (slot + 1) & mask)
            if (slots[slot].Key == key) return slots[slot].Row;
        return -1;
    }

    // Multiplicative hashing spreads the packed keys: the default hash of a long XORs its halves, which puts the first
    // and third letters in the same bits, and Latin trigrams then share a few dozen hash codes per middle letter.
    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & mask;
}
