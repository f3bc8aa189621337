using System.Globalization;
using Dyad.Languages;

namespace Dyad.Text;

/// <summary>
/// Names the language of a text: by its script where a script names one language (kana, Hangul, Arabic…),
/// else by character trigram profiles (data/&lt;lang&gt;/trigrams.tsv, built from the Lingua package's models).
/// Too little text gives "und"; paragraphs in two languages give "mul". Nothing is guessed.
/// </summary>
public sealed class LanguageIdentifier
{
    public const string Undetermined = "und";
    public const string Mixed = "mul";
    private const int MinTrigrams = 12;
    private const int MinParagraphLetters = 40;
    private const double MixedShare = 0.3;
    private const int MaxLetters = 4000;
    // A text's first paragraphs tell its language (and whether a second one takes a large share) as well as all of
    // them do; reading further costs time on every long page and changes no answer.
    private const int MaxTextLetters = 1500;
    private const int MaxParagraphSample = 600;

    private readonly TrigramProfiles profiles;
    private readonly Dictionary<string, string> scriptLanguages;

    public LanguageIdentifier(LanguageCatalog catalog)
    {
        profiles = TrigramProfiles.Load(catalog);
        scriptLanguages = TsvFile.Read(catalog.CommonFile("scripts.tsv")).ToDictionary(r => r.Get("script"), r => r.Get("lang"));
    }

    public IReadOnlyCollection<string> Languages => profiles.Languages.Concat(scriptLanguages.Values).Distinct().ToList();

    /// <summary>The language of a whole text: "mul" when its paragraphs are in different languages.</summary>
    public string Identify(string text)
    {
        var byLanguage = new Dictionary<string, int>();
        var total = 0;
        // Paragraphs are read as spans: the loop stops after a sample, and the rest of a long text is never copied.
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var paragraph = text.AsSpan(range);
            var letters = Letters(paragraph);
            if (letters < MinParagraphLetters) continue;
            var lang = IdentifyParagraph(new string(paragraph[..Math.Min(paragraph.Length, MaxParagraphSample)]));
            if (lang == Undetermined) continue;
            byLanguage[lang] = byLanguage.GetValueOrDefault(lang) + letters;
            total += letters;
            if (total > MaxTextLetters) break;
        }
        if (total == 0) return IdentifyParagraph(text);
        var ranked = byLanguage.OrderByDescending(kv => kv.Value).ToList();
        return ranked.Count > 1 && ranked[1].Value >= total * MixedShare ? Mixed : ranked[0].Key;
    }

    /// <summary>The language of one paragraph, or "und" when there is too little to tell.</summary>
    public string IdentifyParagraph(string text)
    {
        var sample = text.Length > MaxLetters ? text[..MaxLetters] : text;
        if (ByScript(sample) is { } scripted) return scripted;
        return profiles.Best(sample, MinTrigrams) ?? Undetermined;
    }

    private static int Letters(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text) if (char.IsLetter(c)) letters++;
        return letters;
    }

    private string? ByScript(string text)
    {
        var counts = new Dictionary<string, int>();
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (ScriptOf(c) is { } script) counts[script] = counts.GetValueOrDefault(script) + 1;
        }
        if (letters == 0) return null;
        // A few kana among Han characters make a text Japanese; Han alone is Chinese.
        var kana = counts.GetValueOrDefault("Hiragana") + counts.GetValueOrDefault("Katakana");
        if (kana > 0 && kana + counts.GetValueOrDefault("Han") > letters / 2 && kana * 10 >= letters) return scriptLanguages.GetValueOrDefault("Hiragana");
        var top = counts.OrderByDescending(kv => kv.Value).FirstOrDefault();
        return top.Key is not null && top.Value * 2 > letters && scriptLanguages.TryGetValue(top.Key, out var lang) ? lang : null;
    }

    private static string? ScriptOf(char c) => c switch
    {
        >= '\u3040' and <= '\u309F' => "Hiragana",
        >= '\u30A0' and <= '\u30FF' => "Katakana",
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' => "Hangul",
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => "Han",
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' => "Arabic",
        >= '\u0900' and <= '\u097F' => "Devanagari",
        >= '\u0E00' and <= '\u0E7F' => "Thai",
        >= '\u0370' and <= '\u03FF' => "Greek",
        >= '\u0590' and <= '\u05FF' => "Hebrew",
        >= '\u10A0' and <= '\u10FF' => "Georgian",
        >= '\u0530' and <= '\u058F' => "Armenian",
        _ => null,
    };
}
