using SmartReader;

namespace Dyad.Extraction;

/// <summary>
/// The main content of an HTML page by Readability's scoring (the SmartReader port): the article's own
/// container, without the navigation, sidebars and teasers around it. Null when the page has none worth the name.
/// </summary>
internal static class MainContent
{
    private static readonly Uri Nowhere = new("https://localhost/");

    public static string? Html(string html)
    {
        try
        {
            // The constructor with the page text parses it as given; ParseArticle(uri, ...) would download the URI.
            var article = new Reader(Nowhere.ToString(), html).GetArticle();
            return article.IsReadable && !string.IsNullOrWhiteSpace(article.Content) ? article.Content : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A page Readability cannot score is read whole by the block walk instead.
            return null;
        }
    }
}
