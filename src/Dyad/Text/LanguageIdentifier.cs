using Dyad.Languages;

namespace Dyad.Text;

/// <summary>
/// Names the language of a text from the share of each language's function words among its tokens.
/// Too little evidence gives "und" rather than a guess.
/// </summary>
public sealed class LanguageIdentifier
{
    public const string Undetermined = "und";
    private readonly List<(string Code, HashSet<string> Words)> languages;

    public LanguageIdentifier(LanguageCatalog catalog)
    {
        languages = catalog.Profiles
            .Where(p => p.Stopwords.Count > 0)
            .Select(p => (p.Code, new HashSet<string>(p.Stopwords.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal)))
            .ToList();
    }

    public string Identify(string text)
    {
        var tokens = Tokenizer.Tokenize(text.Length > 20000 ? text[..20000] : text);
        var words = 0;
        var scores = new int[languages.Count];
        foreach (var t in tokens)
        {
            if (!t.IsWord) continue;
            words++;
            for (var i = 0; i < languages.Count; i++)
                if (languages[i].Words.Contains(t.Lower)) scores[i]++;
        }
        if (words < 5) return Undetermined;
        var best = 0;
        for (var i = 1; i < scores.Length; i++) if (scores[i] > scores[best]) best = i;
        var share = (double)scores[best] / words;
        return share >= 0.08 ? languages[best].Code : Undetermined;
    }
}
