using Dyad.Text;

namespace Dyad.Ingest;

/// <summary>
/// Reads web archives: WARC (response records), WET (text/plain conversion records) and legacy ARC, plain or gzip,
/// whether gzip is one member per record as Common Crawl writes it or one stream for the whole file. Each HTML page
/// fetched with status 200, and each WET text, is a document whose id is the target URI and whose declared date is
/// the capture date. Files are streamed a record at a time, so memory stays flat on multi-gigabyte crawls.
/// </summary>
public static class WarcReader
{
    /// <summary>A record block (or decoded body) above this size is reported as a failure instead of being read.</summary>
    public const int BlockCap = 20 * 1024 * 1024;

    /// <summary>
    /// File name endings that <see cref="DocumentReader"/> sends here. Common Crawl's WAT files hold only metadata
    /// records, but read as plain text they would become one junk document each.
    /// </summary>
    internal static readonly string[] Extensions = [".warc", ".warc.gz", ".wet", ".wet.gz", ".wat", ".wat.gz", ".arc", ".arc.gz"];

    /// <summary>
    /// Documents and failures in file order. Records that are not documents (warcinfo, request, metadata, revisit,
    /// non-200, non-HTML…) are not returned; <paramref name="onSkip"/> hears the reason for each, for counting.
    /// Origins are <c>path#offset</c>, the offset of the record in the uncompressed archive (after a damaged gzip
    /// member, the bytes that could not be decompressed are not counted).
    /// </summary>
    public static IEnumerable<ReadResult> Read(string path, Action<string>? onSkip = null)
    {
        Stream? input = null;
        string? problem = null;
        try { input = Open(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { problem = $"cannot read: {e.Message}"; }
        if (input is null)
        {
            yield return ReadResult.Fail(path, problem ?? "empty file");
            yield break;
        }
        var origin = Path.GetFullPath(path);
        using var records = new WarcRecordReader(input, IsDocumentType, BlockCap);
        while (records.Next() is { } record)
        {
            var result = record.Problem is null ? ToDocument(record, path, origin, onSkip) : Fail(path, record, record.Problem);
            if (result is { } r) yield return r;
        }
    }

    private static bool IsDocumentType(string warcType) => warcType is "response" or "conversion";

    /// <summary>Null for an empty file. The content decides whether to gunzip: crawls get renamed.</summary>
    private static Stream? Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        try
        {
            Span<byte> head = stackalloc byte[2];
            var n = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (n == 0) { file.Dispose(); return null; }
            file.Position = 0;
            return GzipMemberStream.IsGzip(head[..n]) ? new GzipMemberStream(file) : file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static ReadResult? ToDocument(WarcRecord record, string path, string origin, Action<string>? onSkip)
    {
        ReadResult? Skip(string reason)
        {
            onSkip?.Invoke(reason);
            return null;
        }

        if (!IsDocumentType(record.Type)) return Skip($"{(record.Type == "" ? "untyped" : record.Type)} record");
        var uri = TargetUri(record);
        if (uri is null) return Fail(path, record, $"{record.Type} record has no WARC-Target-URI");

        byte[] body;
        string? declaredType, charset = null;
        ContentKind kind;
        if (record.Type == "conversion")
        {
            declaredType = record["Content-Type"];
            if (MediaType(declaredType) is not (null or "text/plain")) return Skip($"conversion to {MediaType(declaredType)}");
            body = record.Block!;
            kind = ContentKind.Text;
        }
        else
        {
            if (WarcHttpResponse.Parse(record.Block!) is not { } response) return Skip("not an HTTP response");
            if (response.Status != 200) return Skip($"HTTP {response.Status}");
            // Common Crawl sniffs the payload type too; it stands in when the server sent none.
            declaredType = response.ContentType ?? record["WARC-Identified-Payload-Type"];
            if (MediaType(declaredType) is { } type && type is not ("text/html" or "application/xhtml+xml")) return Skip($"not HTML ({type})");
            try { body = response.DecodeBody(BlockCap); }
            catch (Exception e) when (e is InvalidDataException or IOException) { return Fail(path, record, e.Message); }
            charset = Charset(response.ContentType);
            kind = ContentKind.Html;
        }

        if (body.Length == 0) return Skip("empty body");
        if (TextDecoder.LooksBinary(body)) return Skip("binary body");
        var text = TextDecoder.Decode(body, charset, out var verbatim);
        if (kind == ContentKind.Html && declaredType is null && !DocumentReader.LooksLikeHtml(text)) return Skip("not HTML (no Content-Type)");
        var date = DateText.ParseIsoPrefix(record["WARC-Date"]);
        return ReadResult.Ok(new RawDocument(uri, $"{origin}#{record.Offset}", text, kind, date, date is null ? null : "warc")
        {
            KnownContentHash = verbatim ? ContentHashing.Of(body) : null,
        });
    }

    /// <summary>wget writes the URI in angle brackets, as WARC 1.0's grammar once suggested; spaces are escaped as browsers do.</summary>
    private static string? TargetUri(WarcRecord record)
    {
        var uri = record["WARC-Target-URI"]?.Trim();
        if (uri is ['<', .., '>']) uri = uri[1..^1].Trim();
        return string.IsNullOrEmpty(uri) ? null : uri.Replace(" ", "%20");
    }

    private static string? MediaType(string? contentType)
    {
        var type = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(type) ? null : type;
    }

    private static string? Charset(string? contentType)
    {
        foreach (var parameter in (contentType ?? "").Split(';').Skip(1))
        {
            var equals = parameter.IndexOf('=');
            if (equals > 0 && parameter[..equals].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
                return parameter[(equals + 1)..].Trim().Trim('"', '\'');
        }
        return null;
    }

    private static ReadResult Fail(string path, WarcRecord record, string problem)
    {
        var uri = TargetUri(record);
        return ReadResult.Fail(path, $"record at offset {record.Offset}{(uri is null ? "" : $" ({uri})")}: {problem}");
    }
}
