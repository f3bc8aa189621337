using System.Buffers;
using System.Globalization;
using System.Text;

namespace Dyad.Text;

public static class TextNormalizer
{
    /// <summary>NFC, with the typographic spaces that crawlers leave in turned into plain ones.</summary>
    public static string Normalize(string text)
    {
        var nfc = IsPlainlyNfc(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        if (nfc.AsSpan().IndexOfAny('\u00A0', '\u200B', '\r') < 0) return nfc;
        return nfc.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u00A0', ' ').Replace("\u200B", "");
    }

    // A text of characters that are each NFC on their own and never compose with the one before them (no combining mark,
    // no Hangul vowel or final jamo) is NFC as it stands: the Unicode quick check says so without asking ICU, which
    // otherwise composes every non-ASCII letter of every page read to find nothing to change.
    private static bool IsPlainlyNfc(string text) => NfcAsItStands.ContainsAll(text);

    private static readonly CharSet NfcAsItStands = new(c =>
        !char.IsSurrogate(c) && c is < '\u1100' or > '\u11FF'
        && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        && IsNormalizedAlone(c));

    // Noncharacters such as U+FFFF make .NET's normalization throw; they are left to it, as before this fast path.
    private static bool IsNormalizedAlone(char c)
    {
        try { return c.ToString().IsNormalized(NormalizationForm.FormC); }
        catch (ArgumentException) { return false; }
    }

    /// <summary>Runs of white space as one space, none at the ends; the same instance when the text is like that already.</summary>
    public static string CollapseWhitespace(string text)
    {
        if (IsCollapsed(text)) return text;
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (CharSet.WhiteSpace.Contains(c)) { space = collapsed.Length > 0; continue; }
            if (space) collapsed.Append(' ');
            space = false;
            collapsed.Append(c);
        }
        return collapsed.ToString();
    }

    // Every line of every page passes here, and most need nothing: only single plain spaces between words, which two
    // vectorised searches over the whole line confirm (white space other than the plain space is rare, so the first
    // search seldom stops early, as a search for every space did).
    internal static bool IsCollapsed(string text) =>
        text.Length == 0 || text[0] != ' ' && text[^1] != ' ' && !text.AsSpan().ContainsAny(OtherWhiteSpace) && !text.Contains("  ", StringComparison.Ordinal);

    private static readonly SearchValues<char> OtherWhiteSpace =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => c != ' ' && char.IsWhiteSpace(c)).ToArray());
}
