using AngleSharp.Dom;
using Dyad.Text;

namespace Dyad.Extraction;

/// <summary>
/// Picks an HTML page's headline: its first &lt;h1&gt; (in the article if there is one), else og:title or
/// &lt;title&gt; without the site name that pages append (" | CBC News", " - WELT", " – DW – 28.04.2023").
/// </summary>
internal static class HeadlineChooser
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · "];
    private const int MaxSuffixWords = 5;
    private const int MaxHeadlineWords = 40;

    public static string? Choose(IDocument d, string? ogTitle)
    {
        var h1 = Clean((d.QuerySelector("article h1") ?? d.QuerySelector("main h1") ?? d.QuerySelector("h1"))?.TextContent);
        var meta = Clean(ogTitle) ?? Clean(d.Title);
        var stripped = meta is null ? null : StripSiteName(meta, Clean(d.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content")));
        // A one- or two-word h1 beside a longer title is usually the site's logo, not the headline.
        if (h1 is not null && Words(h1) <= MaxHeadlineWords && !(Words(h1) <= 2 && stripped is not null && Words(stripped) > 2)) return h1;
        return stripped;
    }

    public static string StripSiteName(string title, string? siteName)
    {
        while (true)
        {
            var cut = Separators.Select(s => (Sep: s, At: title.LastIndexOf(s, StringComparison.Ordinal))).Where(x => x.At > 0).DefaultIfEmpty().MaxBy(x => x.At);
            if (cut.Sep is null) return title;
            var suffix = title[(cut.At + cut.Sep.Length)..];
            var isSiteName = siteName is not null && suffix.Contains(siteName, StringComparison.OrdinalIgnoreCase)
                             || Words(suffix) <= MaxSuffixWords && (suffix.Contains('.') || suffix.Any(char.IsDigit) || Words(suffix) <= 2);
            if (!isSiteName || Words(title[..cut.At]) < 3) return title;
            title = title[..cut.At].TrimEnd();
        }
    }

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : TextNormalizer.CollapseWhitespace(s);
}
