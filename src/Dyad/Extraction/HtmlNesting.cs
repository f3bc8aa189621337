using System.Net;
using System.Text;

namespace Dyad.Extraction;

/// <summary>
/// A guard for markup nested absurdly deep. Real pages nest a few dozen elements; a page nesting thousands is a trap
/// or a broken generator, and the HTML parser and the main-content scorer take time that grows with the square of
/// the depth (seconds at 10,000 levels, minutes at 100,000). Such a page is read as tag-stripped text instead.
/// </summary>
internal static class HtmlNesting
{
    public const int MaxDepth = 1_000;

    // Elements that never nest (void) or that the parser closes by itself (p, li, td…): they do not add depth.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "html", "head", "body",
    };

    private static readonly HashSet<string> Breaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "section", "article", "blockquote", "pre", "title", "figcaption",
    };

    /// <summary>True when elements open inside each other deeper than <see cref="MaxDepth"/>, by one linear scan.</summary>
    public static bool TooDeep(string html)
    {
        var depth = 0;
        foreach (var (name, closing, selfClosing) in Tags(html))
        {
            if (closing) depth = Math.Max(0, depth - 1);
            else if (!selfClosing && !Flat.Contains(name) && ++depth > MaxDepth) return true;
        }
        return false;
    }

    /// <summary>The page's text with its tags removed, a line break for each block, scripts and styles left out.</summary>
    public static string PlainText(string html)
    {
        var text = new StringBuilder();
        var at = 0;
        foreach (var (name, _, _, start, end) in TagSpans(html))
        {
            text.Append(html, at, start - at);
            if (Breaks.Contains(name) && text.Length > 0 && text[^1] != '\n') text.Append('\n');
            at = end;
        }
        text.Append(html, at, html.Length - at);
        return WebUtility.HtmlDecode(text.ToString());
    }

    public static string? Title(string html)
    {
        var start = html.IndexOf("<title", StringComparison.OrdinalIgnoreCase);
        var open = start < 0 ? -1 : html.IndexOf('>', start);
        var close = open < 0 ? -1 : html.IndexOf("</title", open, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? null : WebUtility.HtmlDecode(html[(open + 1)..close]).Trim() is { Length: > 0 } t ? t : null;
    }

    private static IEnumerable<(string Name, bool Closing, bool SelfClosing)> Tags(string html) =>
        TagSpans(html).Select(t => (t.Name, t.Closing, t.SelfClosing));

    /// <summary>
    /// Tags in order, with where each starts and ends; comments, declarations and the contents of scripts and styles
    /// are one span each, so that a '&lt;' inside them is no tag.
    /// </summary>
    private static IEnumerable<(string Name, bool Closing, bool SelfClosing, int Start, int End)> TagSpans(string html)
    {
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i))
        {
            var start = i;
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var endComment = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = endComment < 0 ? html.Length : endComment + 3;
                yield return ("", false, true, start, i);
                continue;
            }
            var closing = html[i + 1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart && !(nameStart < html.Length && html[nameStart] == '!'))
            {
                i++; // a '<' that opens no tag is text
                continue;
            }
            var gt = html.IndexOf('>', nameEnd);
            var end = gt < 0 ? html.Length : gt + 1;
            var name = html[nameStart..nameEnd];
            var selfClosing = name.Length == 0 || (gt > 0 && html[gt - 1] == '/');
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                var endRaw = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                var gtRaw = endRaw < 0 ? -1 : html.IndexOf('>', endRaw);
                end = gtRaw < 0 ? html.Length : gtRaw + 1;
                selfClosing = true;
            }
            yield return (name, closing, selfClosing, start, end);
            i = end;
        }
    }
}
