using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Dyad.Ingest;

/// <summary>The HTTP response stored in a WARC response record: status, headers, and the body as the server sent it.</summary>
internal sealed class WarcHttpResponse
{
    private readonly Dictionary<string, string> _headers;
    private readonly ArraySegment<byte> _body;

    private WarcHttpResponse(int status, Dictionary<string, string> headers, ArraySegment<byte> body)
    {
        Status = status;
        _headers = headers;
        _body = body;
    }

    public int Status { get; }
    public string? ContentType => _headers.GetValueOrDefault("Content-Type");

    /// <summary>Reads the status line and headers; null if the block is not an HTTP response (a dns: record, say).</summary>
    public static WarcHttpResponse? Parse(byte[] block)
    {
        if (!block.AsSpan().StartsWith("HTTP/"u8)) return null;
        var (headEnd, bodyStart) = FindHeaderEnd(block);
        // Header bytes are ISO-8859-1 by HTTP's old rule; anything else in them is rare and only affects header values.
        var lines = Encoding.Latin1.GetString(block, 0, headEnd).Split('\n');
        var statusLine = lines[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (statusLine.Length < 2 || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status)) return null;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
        return new WarcHttpResponse(status, headers, new ArraySegment<byte>(block, bodyStart, block.Length - bodyStart));
    }

    /// <summary>
    /// The body with transfer and content encodings undone. Throws InvalidDataException for an encoding it cannot
    /// undo or a decoded body over <paramref name="cap"/> bytes (a small compressed body can expand enormously).
    /// </summary>
    public byte[] DecodeBody(int cap)
    {
        var body = _body.AsSpan();
        byte[]? dechunked = null;
        if (_headers.GetValueOrDefault("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
            dechunked = Dechunk(body);
        var bytes = dechunked ?? body.ToArray();
        // Common Crawl renames the headers it has already undone (X-Crawler-Content-Encoding), so these are still to do.
        var encoding = _headers.GetValueOrDefault("Content-Encoding")?.Trim().ToLowerInvariant();
        var compressed = new MemoryStream(bytes);
        return encoding switch
        {
            null or "" or "identity" => bytes,
            // Some archivers store the payload decoded but keep the header: without the gzip magic it is plain.
            "gzip" or "x-gzip" => GzipMemberStream.IsGzip(bytes) ? Inflate(new GZipStream(compressed, CompressionMode.Decompress), encoding, cap) : bytes,
            // "deflate" is meant to be zlib-wrapped, but servers often send raw deflate; zlib's first byte tells them apart.
            "deflate" => Inflate(bytes is [0x78, ..] ? new ZLibStream(compressed, CompressionMode.Decompress)
                                                     : new DeflateStream(compressed, CompressionMode.Decompress), encoding, cap),
            "br" => Inflate(new BrotliStream(compressed, CompressionMode.Decompress), encoding, cap),
            _ => throw new InvalidDataException($"unsupported Content-Encoding '{encoding}'"),
        };
    }

    private static (int HeadEnd, int BodyStart) FindHeaderEnd(byte[] block)
    {
        var crlf = block.AsSpan().IndexOf("\r\n\r\n"u8);
        var lf = block.AsSpan().IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf)) return (crlf, crlf + 4);
        if (lf >= 0) return (lf, lf + 2);
        return (block.Length, block.Length); // headers only, no body
    }

    /// <summary>
    /// Joins "size CRLF data CRLF" chunks up to the zero-size one; a cut last chunk keeps what arrived. Null if the
    /// body does not start with a chunk size: some archivers de-chunk the payload but keep the header.
    /// </summary>
    private static byte[]? Dechunk(ReadOnlySpan<byte> body)
    {
        var output = new MemoryStream(body.Length);
        var pos = 0;
        while (pos < body.Length)
        {
            var lineLength = body[pos..].IndexOf((byte)'\n');
            if (lineLength < 0) break;
            var sizeText = Encoding.ASCII.GetString(body.Slice(pos, lineLength)).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                if (pos == 0) return null;
                break;
            }
            pos += lineLength + 1;
            if (size == 0) break;
            var take = Math.Min(size, body.Length - pos);
            output.Write(body.Slice(pos, take));
            pos += take;
            if (pos < body.Length && body[pos] == '\r') pos++;
            if (pos < body.Length && body[pos] == '\n') pos++;
        }
        return output.ToArray();
    }

    private static byte[] Inflate(Stream decompressor, string encoding, int cap)
    {
        using var _ = decompressor;
        var output = new MemoryStream();
        var buffer = new byte[81920];
        while (true)
        {
            int n;
            // BrotliStream reports bad data with InvalidOperationException, the others with InvalidDataException.
            try { n = decompressor.Read(buffer); }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException)
            {
                throw new InvalidDataException($"Content-Encoding {encoding}, but the body is not valid {encoding} data", e);
            }
            if (n == 0) return output.ToArray();
            output.Write(buffer, 0, n);
            if (output.Length > cap) throw new InvalidDataException($"decoded body is over the {cap / (1024 * 1024)} MB cap");
        }
    }
}
