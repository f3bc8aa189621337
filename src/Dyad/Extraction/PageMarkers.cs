using Dyad.Languages;
using Dyad.Text;

namespace Dyad.Extraction;

/// <summary>
/// The boilerplate markers of every language Dyad knows, together: a Vietnamese site may still
/// print "Tags:", so the extractor never needs to know the language before it reads the page.
/// </summary>
public sealed class PageMarkers
{
    // Markers by their first character: a line is compared with the few that can start it, not with every language's.
    private readonly Dictionary<char, string[]> sectionEnd;
    private readonly Dictionary<char, string[]> lineStart;
    private readonly MarkerSearch caption;

    public PageMarkers(LanguageCatalog catalog)
    {
        sectionEnd = ByFirstCharacter(Collect(catalog, p => p.Boilerplate.SectionEnd));
        lineStart = ByFirstCharacter(Collect(catalog, p => p.Boilerplate.LineStart));
        caption = new MarkerSearch(Collect(catalog, p => p.Boilerplate.Caption));
    }

    private static string[] Collect(LanguageCatalog catalog, Func<LanguageProfile, List<string>> pick) =>
        catalog.Profiles.SelectMany(pick).Select(m => m.Trim().ToLowerInvariant()).Where(m => m.Length > 0)
            .Distinct().OrderByDescending(m => m.Length).ToArray();

    private static Dictionary<char, string[]> ByFirstCharacter(string[] markers) =>
        markers.GroupBy(m => m[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static string[] Starting(Dictionary<char, string[]> markers, ReadOnlySpan<char> text) =>
        text.Length > 0 && markers.TryGetValue(text[0], out var candidates) ? candidates : [];

    /// <summary>
    /// A heading such as "Tin liên quan" or "Most Popular" (the marker and at most some punctuation), or a short
    /// call to action that starts with one ("Mời quý độc giả theo dõi VOV.VN trên").
    /// </summary>
    public bool IsSectionEnd(PageLine line)
    {
        var text = line.Lower.AsSpan().TrimStart("-•* ").TrimEnd();
        foreach (var m in Starting(sectionEnd, text))
        {
            if (!text.StartsWith(m, StringComparison.Ordinal)) continue;
            if (!CharSet.Letters.ContainsAny(text[m.Length..]) || line.WordCount <= MaxCallToActionWords && !line.EndsLikeSentence) return true;
        }
        return false;
    }

    private const int MaxCallToActionWords = 10;

    public bool IsDroppedLine(string lowerLine)
    {
        foreach (var m in Starting(lineStart, lowerLine))
            if (lowerLine.StartsWith(m, StringComparison.Ordinal)) return true;
        return false;
    }

    public bool IsCaption(string lowerLine)
    {
        return lowerLine.Length <= 400 && caption.ContainsAny(lowerLine);
    }
}
