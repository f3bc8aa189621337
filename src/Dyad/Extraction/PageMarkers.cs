using Dyad.Languages;
using Dyad.Text;

namespace Dyad.Extraction;

/// <summary>
/// The boilerplate markers of every language Dyad knows, together: a Vietnamese site may still
/// print "Tags:", so the extractor never needs to know the language before it reads the page.
/// </summary>
public sealed class PageMarkers
{
    private readonly string[] sectionEnd;
    private readonly string[] lineStart;
    private readonly MarkerSearch caption;

    public PageMarkers(LanguageCatalog catalog)
    {
        sectionEnd = Collect(catalog, p => p.Boilerplate.SectionEnd);
        lineStart = Collect(catalog, p => p.Boilerplate.LineStart);
        caption = new MarkerSearch(Collect(catalog, p => p.Boilerplate.Caption));
    }

    private static string[] Collect(LanguageCatalog catalog, Func<LanguageProfile, List<string>> pick) =>
        catalog.Profiles.SelectMany(pick).Select(m => m.Trim().ToLowerInvariant()).Where(m => m.Length > 0)
            .Distinct().OrderByDescending(m => m.Length).ToArray();

    /// <summary>
    /// A heading such as "Tin liên quan" or "Most Popular" (the marker and at most some punctuation), or a short
    /// call to action that starts with one ("Mời quý độc giả theo dõi VOV.VN trên").
    /// </summary>
    public bool IsSectionEnd(PageLine line)
    {
        var text = line.Lower.TrimStart('-', '•', '*', ' ').TrimEnd();
        foreach (var m in sectionEnd)
        {
            if (!text.StartsWith(m, StringComparison.Ordinal)) continue;
            var rest = text[m.Length..];
            if (!rest.Any(char.IsLetter) || line.WordCount <= MaxCallToActionWords && !line.EndsLikeSentence) return true;
        }
        return false;
    }

    private const int MaxCallToActionWords = 10;

    public bool IsDroppedLine(string lowerLine)
    {
        foreach (var m in lineStart)
            if (lowerLine.StartsWith(m, StringComparison.Ordinal)) return true;
        return false;
    }

    public bool IsCaption(string lowerLine)
    {
        return lowerLine.Length <= 400 && caption.ContainsAny(lowerLine);
    }
}
