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

    public static string CollapseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
