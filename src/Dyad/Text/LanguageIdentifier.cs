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
    // them do; reading further costs time on every long page and changes no answer. 800 letters (the headline and a
    // paragraph or two) name the same language as 1,500 and as 500 on all 276 pages of ../shared/corpus (fundus in 25
    // languages, the seeds, the WARC samples), and language identification was a third of extraction at 1,500.
    private const int MaxTextLetters = 800;
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
    public string Identify(string text) => Identify(null, text);

    /// <summary>
    /// The language of a headline and its body, read as one text whose first paragraph is the headline, without copying
    /// the body behind it.
    /// </summary>
    public string Identify(string? headline, string body)
    {
        var byLanguage = new Dictionary<string, int>();
        var total = 0;
        if (headline is null || !Tally(headline, byLanguage, ref total)) Tally(body, byLanguage, ref total);
        if (total == 0) return IdentifyParagraph(headline is null ? body : headline + "\n" + body);
        var ranked = byLanguage.OrderByDescending(kv => kv.Value).ToList();
        return ranked.Count > 1 && ranked[1].Value >= total * MixedShare ? Mixed : ranked[0].Key;
    }

    // Adds the letters of each paragraph long enough to tell to its language's count; true once the sample is large enough.
    private bool Tally(string text, Dictionary<string, int> byLanguage, ref int total)
    {
        // Paragraphs are read as spans: the loop stops after a sample, and the rest of a long text is never copied.
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var paragraph = text.AsSpan(range);
            var letters = CharSet.Letters.Count(paragraph);
            if (letters < MinParagraphLetters) continue;
            var lang = IdentifyParagraph(paragraph[..Math.Min(paragraph.Length, MaxParagraphSample)]);
            if (lang == Undetermined) continue;
            byLanguage[lang] = byLanguage.GetValueOrDefault(lang) + letters;
            total += letters;
            if (total > MaxTextLetters) return true;
        }
        return false;
    }

    /// <summary>The language of one paragraph, or "und" when there is too little to tell.</summary>
    public string IdentifyParagraph(string text) => IdentifyParagraph(text.AsSpan());

    private string IdentifyParagraph(ReadOnlySpan<char> text)
    {
        var sample = text.Length > MaxLetters ? text[..MaxLetters] : text;
        if (ByScript(sample) is { } scripted) return scripted;
        return profiles.Best(sample, MinTrigrams) ?? Undetermined;
    }

    private string? ByScript(ReadOnlySpan<char> text)
    {
        // No character below U+0370 (Latin with its diacritics) belongs to a script that names a language by itself
        // (ScriptOf gives -1): a paragraph with nothing above that, as most in European languages, is settled by one search.
        if (!text.ContainsAnyInRange('\u0370', '\uFFFF')) return null;
        // Counts per script, in ScriptNames' order, in a struct on the stack: this runs on every paragraph sampled, and
        // stackalloc would keep the loop out of tiered compilation (see SimHash).
        var room = new ScriptCounts();
        Span<int> counts = ((Span<int>)room)[..ScriptNames.Length];
        var letters = 0;
        foreach (var c in text)
        {
            if (!CharSet.Letters.Contains(c)) continue;
            letters++;
            if (ScriptOf(c) is var script and >= 0) counts[script]++;
        }
        if (letters == 0) return null;
        // A few kana among Han characters make a text Japanese; Han alone is Chinese.
        var kana = counts[Hiragana] + counts[Katakana];
        if (kana > 0 && kana + counts[Han] > letters / 2 && kana * 10 >= letters) return scriptLanguages.GetValueOrDefault(ScriptNames[Hiragana]);
        var top = 0;
        for (var i = 1; i < counts.Length; i++) if (counts[i] > counts[top]) top = i;
        return counts[top] * 2 > letters && scriptLanguages.TryGetValue(ScriptNames[top], out var lang) ? lang : null;
    }

    private static readonly string[] ScriptNames = ["Hiragana", "Katakana", "Hangul", "Han", "Arabic", "Devanagari", "Thai", "Greek", "Hebrew", "Georgian", "Armenian"];

    // Room for up to 16 scripts; ByScript takes as many as ScriptNames has.
    [System.Runtime.CompilerServices.InlineArray(16)]
    private struct ScriptCounts
    {
        private int first;
    }
    private const int Hiragana = 0, Katakana = 1, Han = 3;

    // The index of a letter's script in ScriptNames, or -1 for the scripts shared by many languages (Latin, Cyrillic…).
    private static int ScriptOf(char c) => c switch
    {
        < '\u0370' => -1,
        >= '\u3040' and <= '\u309F' => 0,
        >= '\u30A0' and <= '\u30FF' => 1,
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' => 2,
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => 3,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' => 4,
        >= '\u0900' and <= '\u097F' => 5,
        >= '\u0E00' and <= '\u0E7F' => 6,
        >= '\u0370' and <= '\u03FF' => 7,
        >= '\u0590' and <= '\u05FF' => 8,
        >= '\u10A0' and <= '\u10FF' => 9,
        >= '\u0530' and <= '\u058F' => 10,
        _ => -1,
    };
}
