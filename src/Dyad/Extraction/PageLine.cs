using System.Text.RegularExpressions;
using Dyad.Text;

namespace Dyad.Extraction;

/// <summary>One line of a page after clean-up of markdown table pipes and image markup.</summary>
public sealed partial record PageLine(int Number, string Text)
{
    public string Lower { get; } = Text.ToLowerInvariant();

    // Chinese and Japanese put no spaces between words: each ideograph or kana counts as one.
    public int WordCount { get; } = Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length + Text.Count(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');

    public bool HasLetters => Text.Any(char.IsLetter);

    public bool EndsLikeSentence => Text.Length > 0 && Text.TrimEnd('"', '”', '’', '\'', ')', '»', ' ') is { Length: > 0 } t && t[^1] is '.' or '!' or '?' or ':' or '…' or '。';

    public bool IsTeaser => Text.EndsWith("...", StringComparison.Ordinal) || Text.EndsWith('…');

    /// <summary>Headlines pasted together without spaces ("…thăm MỹTổng thống…"): a list of links, not prose.</summary>
    public bool IsGluedHeadlines => GluedBoundary().Count(Text) >= 2;

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
        var text = ImageMarkup().Replace(raw, " ");
        text = text.Trim().Trim('|').Trim();
        return TextNormalizer.CollapseWhitespace(text);
    }

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex ImageMarkup();

    [GeneratedRegex(@"\p{Ll}\p{Lu}")]
    private static partial Regex GluedBoundary();
}
