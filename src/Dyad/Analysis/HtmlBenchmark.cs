using System.IO.Compression;
using System.Text.Json;
using Dyad.Ingest;
using Dyad.Text;

namespace Dyad.Analysis;

/// <summary>One page of an HTML benchmark: how much of the expected body was extracted, and whether title and date match.</summary>
public sealed record HtmlPageScore(string Page, string? Lang, double Precision, double Recall, bool TitleRight, bool DateRight,
    string? Title = null, string? ExpectedTitle = null, string? Date = null, string? ExpectedDate = null)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Scores article extraction on pages with hand-checked answers in the fundus form (expected.jsonl.gz beside
/// an html/ folder): body by word 4-gram overlap averaged over pages, title by exact match, date by calendar day.
/// </summary>
public static class HtmlBenchmark
{
    public static IEnumerable<HtmlPageScore> Run(DyadPipeline pipeline, string folder)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(folder, "expected.jsonl.gz")), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            var page = json.RootElement;
            var html = ReadGzipText(Path.Combine(folder, page.GetProperty("html").GetString()!));
            var article = pipeline.Extract(new RawDocument(page.GetProperty("id").GetString()!, page.GetProperty("html").GetString()!, html, ContentKind.Html));
            var (precision, recall) = NgramOverlap.Score(article.Body, page.GetProperty("body_text").GetString() ?? "");
            var title = TextNormalizer.CollapseWhitespace(page.GetProperty("title").GetString() ?? "");
            var date = DateText.ParseIsoPrefix(page.GetProperty("publishing_date").GetString());
            yield return new HtmlPageScore(page.GetProperty("html").GetString()!, article.Lang, precision, recall,
                article.Title is { } t && TextNormalizer.CollapseWhitespace(t) == title,
                date is null ? article.Published is null : article.Published?.ToIso() == date.Value.ToIso(),
                article.Title, title, article.Published?.ToIso(), date?.ToIso());
        }
    }

    private static string ReadGzipText(string path)
    {
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return TextDecoder.Decode(buffer.ToArray());
    }
}
