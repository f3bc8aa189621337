using System.IO.Compression;
using System.Text;

namespace Dyad.Bench;

/// <summary>The corpus on disk, as Dyad's users feed it: text dumps and HTML pages in folders of 1,000, and one WARC file.</summary>
public sealed record CorpusFiles(string Root, int Articles, long TextBytes, long HtmlBytes, long WarcBytes, long WarcFileBytes)
{
    public string TextFolder => Path.Combine(Root, "text");
    public string HtmlFolder => Path.Combine(Root, "html");
    public string Warc => Path.Combine(Root, "news.warc.gz");

    /// <summary>Bytes of document content (what the readers hand to the pipeline) for each input format.</summary>
    public long Bytes(string format) => format switch { "text" => TextBytes, "html" => HtmlBytes, _ => WarcBytes };

    public static CorpusFiles Write(string root, string seeds, int count, int warcCount)
    {
        Directory.CreateDirectory(root);
        long text = 0, html = 0, warcContent = 0;
        using (var warc = File.Create(Path.Combine(root, "news.warc.gz")))
        {
            var i = 0;
            foreach (var a in CorpusBuilder.Articles(seeds, Math.Max(count, warcCount)))
            {
                var page = Encoding.UTF8.GetBytes(CorpusBuilder.Html(a));
                if (i < count)
                {
                    var folder = $"{i / 1000:D4}";
                    var body = Encoding.UTF8.GetBytes(CorpusBuilder.Text(a));
                    Write(Path.Combine(root, "text", folder, a.Name + ".txt"), body);
                    Write(Path.Combine(root, "html", folder, a.Name + ".html"), page);
                    text += body.Length;
                    html += page.Length;
                }
                if (i < warcCount)
                {
                    // One gzip member per record, as Common Crawl writes its files.
                    using var member = new GZipStream(warc, CompressionLevel.Fastest, leaveOpen: true);
                    member.Write(Response($"https://news.example/{a.Lang}/{a.Date:yyyy/MM}/{a.Name}", a.Date, page));
                    warcContent += page.Length;
                }
                i++;
            }
        }
        return new CorpusFiles(root, count, text, html, warcContent, new FileInfo(Path.Combine(root, "news.warc.gz")).Length);
    }

    private static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static byte[] Response(string uri, DateOnly date, byte[] page)
    {
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {page.Length}\r\n\r\n");
        var header = $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date:yyyy-MM-dd}T12:00:00Z\r\n" +
                     $"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length + page.Length}\r\n\r\n";
        return [.. Encoding.UTF8.GetBytes(header), .. http, .. page, .. "\r\n\r\n"u8];
    }
}
