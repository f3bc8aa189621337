using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dyad.Text;

namespace Dyad.Extraction;

/// <summary>
/// What an HTML page says of itself (headline, publication date, language from its metadata) and its
/// visible block text as lines, with scripts, navigation, headers, footers and asides left out.
/// </summary>
public sealed record HtmlPage(string? Title, PartialDate? Published, string? Lang, string Text)
{
    private static readonly HashSet<string> Skipped = ["SCRIPT", "STYLE", "NOSCRIPT", "NAV", "HEADER", "FOOTER", "ASIDE", "FORM", "BUTTON", "SELECT", "IFRAME", "SVG", "TEMPLATE"];
    private static readonly HashSet<string> Blocks = ["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "FIGCAPTION", "TD", "DT", "DD", "TIME"];

    // A parser sets up AngleSharp's configuration when it is made; one per thread is made once, not once per page.
    private static readonly ThreadLocal<HtmlParser> PageParser = new(() => new HtmlParser(new HtmlParserOptions { IsScripting = false }));
    private static readonly ThreadLocal<HtmlParser> ContentParser = new(() => new HtmlParser());

    public static HtmlPage Parse(string html)
    {
        if (HtmlNesting.TooDeep(html))
            return new HtmlPage(HtmlNesting.Title(html), null, null, TextNormalizer.Normalize(HtmlNesting.PlainText(html)));
        var document = PageParser.Value!.ParseDocument(html);
        var title = HeadlineChooser.Choose(document, Meta(document, "og:title"));
        var published = PublishedDate(document);
        var text = new StringBuilder();
        var main = MainContent.Html(html) is { } content ? ContentParser.Value!.ParseDocument(content).Body : null;
        var root = main ?? (IElement?)document.QuerySelector("article") ?? document.Body;
        if (root is not null) AppendBlocks(root, text);
        return new HtmlPage(string.IsNullOrWhiteSpace(title) ? null : TextNormalizer.CollapseWhitespace(title), published,
            document.DocumentElement?.GetAttribute("lang"), TextNormalizer.Normalize(text.ToString()));
    }

    // Depth first in document order with a stack of its own: pages nest tags ten thousand deep, and recursion
    // that deep overflows a worker thread's stack, which no catch can stop.
    private static void AppendBlocks(IElement root, StringBuilder text)
    {
        var pending = new Stack<IElement>();
        for (var child = root.LastElementChild; child is not null; child = child.PreviousElementSibling) pending.Push(child);
        while (pending.TryPop(out var element))
        {
            if (Skipped.Contains(element.TagName)) continue;
            if (Blocks.Contains(element.TagName))
            {
                text.Append(TextNormalizer.CollapseWhitespace(element.TextContent)).Append('\n');
                continue;
            }
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling) pending.Push(child);
        }
    }

    private static string? Meta(IDocument d, string property) =>
        d.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content") is { Length: > 0 } v ? v : null;

    private static PartialDate? PublishedDate(IDocument d)
    {
        foreach (var key in new[] { "article:published_time", "datePublished", "pubdate", "date", "dc.date" })
            if (DateText.ParseIsoPrefix(Meta(d, key)) is { } fromMeta) return fromMeta;
        foreach (var script in d.QuerySelectorAll("script[type='application/ld+json']"))
            if (JsonLdDate(script.TextContent) is { } fromLd) return fromLd;
        return DateText.ParseIsoPrefix(d.QuerySelector("article time[datetime], time[datetime]")?.GetAttribute("datetime"));
    }

    private static PartialDate? JsonLdDate(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return FindDatePublished(doc.RootElement);
        }
        catch (JsonException) { return null; }
    }

    private static PartialDate? FindDatePublished(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                if (e.TryGetProperty("datePublished", out var v) && v.ValueKind == JsonValueKind.String) return DateText.ParseIsoPrefix(v.GetString());
                foreach (var p in e.EnumerateObject()) if (FindDatePublished(p.Value) is { } inner) return inner;
                return null;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray()) if (FindDatePublished(item) is { } inner) return inner;
                return null;
            default:
                return null;
        }
    }
}
