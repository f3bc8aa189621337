using System.Text.RegularExpressions;
using Dyad.Text;

namespace Dyad.Extraction;

/// <summary>One line of a page after clean-up of markdown table pipes and image markup.</summary>
public sealed partial record PageLine(int Number, string Text)
{
    public string Lower { get; } = LowerCase.Of(Text);

    // Chinese and Japanese put no spaces between words: each ideograph or kana counts as one.
    public int WordCount { get; } = CountWords(Text);

    public bool HasLetters => CharSet.Letters.ContainsAny(Text);

    public bool EndsLikeSentence => Text.Length > 0 && Text.TrimEnd('"', '”', '’', '\'', ')', '»', ' ') is { Length: > 0 } t && t[^1] is '.' or '!' or '?' or ':' or '…' or '。';

    public bool IsTeaser => Text.EndsWith("...", StringComparison.Ordinal) || Text.EndsWith('…');

    /// <summary>Headlines pasted together without spaces ("…thăm MỹTổng thống…"): a list of links, not prose.</summary>
    public bool IsGluedHeadlines => GluedBoundaries(Text) >= 2;

    /// <summary>Two to four capitalised words and nothing else: a name on its own line, as bylines are.</summary>
    public bool IsNameLike => WordCount is >= 2 and <= 4 && !Text.Any(char.IsDigit) &&
                              Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]));

    public static List<PageLine> Split(string content)
    {
        var lines = new List<PageLine>();
        var number = 0;
        foreach (var raw in content.Split('\n'))
        {
            number++;
            lines.Add(new PageLine(number, Clean(raw)));
        }
        return lines;
    }

    public static string Clean(string raw)
    {
        // Image markup opens with "![": a line without that is not handed to the regex at all.
        var text = raw.Contains("![", StringComparison.Ordinal) ? ImageMarkup().Replace(raw, " ") : raw;
        text = text.Trim().Trim('|').Trim();
        return TextNormalizer.CollapseWhitespace(text);
    }

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex ImageMarkup();

    // Every line of every page is counted, so these walk the text once instead of splitting it into strings.
    internal static int CountWords(string text)
    {
        // A collapsed line (what Clean makes: single spaces between words, none at its ends) with no kana or ideograph
        // has one word more than it has spaces, which vectorised searches and a count tell without a look at each character.
        if (text.Length > 0 && TextNormalizer.IsCollapsed(text) && !text.AsSpan().ContainsAnyInRange('\u3040', '\u9FFF'))
            return text.AsSpan().Count(' ') + 1;
        var words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != ' ' && (i == 0 || text[i - 1] == ' ')) words++;
            if (c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF') words++;
        }
        return words;
    }

    // A lower-case letter directly followed by a capital.
    internal static int GluedBoundaries(string text)
    {
        var boundaries = 0;
        for (var i = 1; i < text.Length; i++)
            if (CharSet.Upper.Contains(text[i]) && CharSet.Lower.Contains(text[i - 1])) boundaries++;
        return boundaries;
    }
}
