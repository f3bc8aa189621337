using System.Globalization;
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
    private readonly Dictionary<string, float[]> table;
    private readonly Dictionary<string, float[]>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private TrigramProfiles(string[] languages, Dictionary<string, float[]> table)
    {
        this.languages = languages;
        this.table = table;
        lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<string> Languages => languages;

    public static TrigramProfiles Load(LanguageCatalog catalog)
    {
        var files = Directory.EnumerateDirectories(catalog.Root).Order(StringComparer.Ordinal)
            .Select(d => (Lang: Path.GetFileName(d), File: Path.Combine(d, "trigrams.tsv"))).Where(x => File.Exists(x.File)).ToList();
        var table = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
            foreach (var row in TsvFile.Read(files[i].File))
            {
                if (!table.TryGetValue(row.Get("trigram"), out var scores))
                {
                    table[row.Get("trigram")] = scores = new float[files.Count];
                    Array.Fill(scores, Unseen);
                }
                scores[i] = float.Parse(row.Get("logp"), CultureInfo.InvariantCulture);
            }
        return new TrigramProfiles(files.Select(f => f.Lang).ToArray(), table);
    }

    public string? Best(string text, int minTrigrams)
    {
        var totals = new double[languages.Length];
        var count = 0;
        Span<char> window = stackalloc char[3];
        var run = 0;
        foreach (var raw in text)
        {
            if (!char.IsLetter(raw)) { run = 0; continue; }
            window[0] = window[1];
            window[1] = window[2];
            window[2] = char.ToLowerInvariant(raw);
            if (++run < 3) continue;
            count++;
            if (lookup.TryGetValue(window, out var scores))
                for (var i = 0; i < totals.Length; i++) totals[i] += scores[i];
            else
                for (var i = 0; i < totals.Length; i++) totals[i] += Unseen;
        }
        if (count < minTrigrams || languages.Length == 0) return null;
        var best = 0;
        for (var i = 1; i < totals.Length; i++) if (totals[i] > totals[best]) best = i;
        return totals[best] / count < MinMeanLogP ? null : languages[best];
    }
}
