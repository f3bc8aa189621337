using Dyad.Analysis;
using Dyad.Ingest;
using Xunit.Abstractions;

namespace Dyad.Tests;

/// <summary>Article extraction on 258 real news pages in about 20 languages (../shared/corpus/html/fundus).</summary>
public class HtmlExtractionTests(ITestOutputHelper output)
{
    [Fact]
    public void Fundus_pages_keep_their_article_text_headline_and_date()
    {
        var scores = HtmlBenchmark.Run(Repo.Pipeline, Path.Combine(Repo.Shared, "corpus", "html", "fundus")).ToList();
        var f1 = scores.Average(s => s.F1);
        var titles = scores.Count(s => s.TitleRight) / (double)scores.Count;
        var dates = scores.Count(s => s.DateRight) / (double)scores.Count;
        output.WriteLine($"fundus: {scores.Count} pages, body 4-gram F1 {f1:0.000}, titles {titles:0.000}, dates {dates:0.000}");
        Console.WriteLine($"html extraction on fundus: body F1 {f1:0.000}, titles {titles:0.000}, dates {dates:0.000}");
        Assert.Equal(258, scores.Count);
        Assert.True(f1 >= 0.85, $"body F1 {f1:0.000}");
        Assert.True(titles >= 0.70, $"titles {titles:0.000}");
        Assert.True(dates >= 0.93, $"dates {dates:0.000}");
    }

    [Fact]
    public void An_html_page_gives_its_headline_metadata_date_and_body()
    {
        const string html = """
            <!doctype html><html lang="en"><head><title>Russia, Cuba hold talks | Example News</title>
            <meta property="og:title" content="Russia, Cuba hold talks | Example News">
            <meta property="article:published_time" content="2024-02-20T09:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Russia, Cuba hold talks</h1>
            <p>On Monday, Russian Foreign Minister Sergey Lavrov conducted talks with his Cuban counterpart in Havana, the ministry said.</p>
            <p>Both sides exchanged views on trade, investment and humanitarian cooperation, and agreed to meet again within three months.</p></article>
            <aside><h3>Related</h3><ul><li>EU freezes Russian Central Bank assets</li></ul></aside></body></html>
            """;
        var a = Repo.Pipeline.Extract(new RawDocument("page.html", "page.html", html, ContentKind.Html));
        Assert.Equal("Russia, Cuba hold talks", a.Title);
        Assert.Equal(("2024-02-20", "metadata"), (a.Published?.ToIso(), a.PublishedSource));
        Assert.Equal("en", a.Lang);
        Assert.Contains("conducted talks with his Cuban counterpart", a.Body);
        Assert.DoesNotContain("freezes", a.Body);
        Assert.DoesNotContain("Home", a.Body);
    }
}
