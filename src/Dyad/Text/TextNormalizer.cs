using System.Text;

namespace Dyad.Text;

public static class TextNormalizer
{
    /// <summary>NFC, with the typographic spaces that crawlers leave in turned into plain ones.</summary>
    public static string Normalize(string text)
    {
        var nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        if (nfc.AsSpan().IndexOfAny('\u00A0', '\u200B', '\r') < 0) return nfc;
        return nfc.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u00A0', ' ').Replace("\u200B", "");
    }

    /// <summary>Runs of white space as one space, none at the ends; the same instance when the text is like that already.</summary>
    public static string CollapseWhitespace(string text)
    {
        if (IsCollapsed(text)) return text;
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = collapsed.Length > 0; continue; }
            if (space) collapsed.Append(' ');
            space = false;
            collapsed.Append(c);
        }
        return collapsed.ToString();
    }

    // Every line of every page passes here, and most need nothing: only single plain spaces between words.
    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!CharSet.WhiteSpace.Contains(text[i])) continue;
            if (text[i] != ' ' || i == 0 || i == text.Length - 1 || CharSet.WhiteSpace.Contains(text[i + 1])) return false;
        }
        return true;
    }
}
