using System.Globalization;

namespace Dyad.Ingest;

/// <summary>
/// One record as framed in the file: where it starts, its header fields (an ARC header line is mapped onto the WARC
/// names), its block if the caller asked for blocks of its type, or the problem that made it unreadable.
/// </summary>
internal sealed record WarcRecord(long Offset, IReadOnlyDictionary<string, string> Headers, byte[]? Block, string? Problem = null)
{
    public string Type => this["WARC-Type"] ?? "";
    public string? this[string name] => Headers.GetValueOrDefault(name);
}

/// <summary>
/// Splits a WARC or ARC byte stream into records, one at a time, never holding more than one block. A damaged record
/// comes back as one record with a problem; reading then goes on at the next record header, so a bad Content-Length
/// or a corrupt gzip member costs that record, not the file.
/// </summary>
internal sealed class WarcRecordReader(Stream input, Func<string, bool> wantsBlock, long blockCap) : IDisposable
{
    private const int MaxHeaderLines = 1000;
    private static readonly Dictionary<string, string> NoHeaders = [];

    private readonly WarcByteReader _bytes = new(input);
    private bool? _isArc;
    private bool _stopped;
    // Set after a failure that lost the record framing: lines are skipped quietly until the next record header,
    // so one bad record gives one failure however much junk follows it.
    private bool _resyncing;
    private long _recordStart;

    /// <summary>The next record, or null at the end of the stream. Never throws for bad input.</summary>
    public WarcRecord? Next()
    {
        while (!_stopped)
        {
            string problem;
            try { return ReadRecord(); }
            catch (InvalidDataException e) when (input is GzipMemberStream gzip)
            {
                if (gzip.TryResume())
                {
                    _bytes.DiscardBuffered();
                    problem = $"{e.Message}; went on at the next gzip member, compressed byte {gzip.CompressedPosition}";
                }
                else
                {
                    _stopped = true;
                    problem = $"{e.Message}; no gzip member follows, the rest of the file is lost";
                }
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                _stopped = true;
                problem = $"cannot read: {e.Message}";
            }
            var alreadyReported = _resyncing;
            _resyncing = true;
            if (!alreadyReported) return new WarcRecord(_recordStart, NoHeaders, null, problem);
        }
        return null;
    }

    public void Dispose() => input.Dispose();

    private WarcRecord? ReadRecord()
    {
        while (true)
        {
            _recordStart = _bytes.Offset;
            var line = _bytes.ReadLine();
            if (line is null) { _stopped = true; return null; }
            if (line.Length == 0) continue; // records are separated by blank lines, two or more
            _isArc ??= line.StartsWith("filedesc://", StringComparison.Ordinal);
            var (headers, problem) = _isArc.Value ? (ParseArcHeader(line), null)
                : line.StartsWith("WARC/", StringComparison.Ordinal) ? ReadWarcHeaders()
                : (null, null);
            if (headers is null)
            {
                if (_resyncing) continue;
                _resyncing = true;
                return Failure($"expected {(_isArc.Value ? "an ARC record line" : "a WARC/1.x version line")}, found '{Clip(line)}'");
            }
            _resyncing = false;
            return _stopped ? Failure(problem!, headers) : ReadBlock(headers, problem);
        }
    }

    private (Dictionary<string, string>?, string?) ReadWarcHeaders()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? problem = null, last = null;
        for (var count = 0; count < MaxHeaderLines; count++)
        {
            var line = _bytes.ReadLine();
            if (line is null)
            {
                _stopped = true;
                return (headers, "truncated in its header");
            }
            if (line.Length == 0) return (headers, problem);
            if (line[0] is ' ' or '\t' && last is not null)
            {
                headers[last] += " " + line.Trim(); // a folded continuation of the field above
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                problem ??= $"malformed header line '{Clip(line)}'";
                continue;
            }
            last = line[..colon].Trim();
            headers[last] = line[(colon + 1)..].Trim();
        }
        // So many lines without a blank one means this was not a header (a "WARC/" inside some body, or junk).
        return (headers, $"header does not end after {MaxHeaderLines} lines");
    }

    /// <summary>
    /// Maps "URL IP-address Archive-date Content-type Archive-length" (ARC version 1) onto WARC fields, or null if the
    /// line is not one. The URL may hold spaces, so the fields are taken from the right.
    /// </summary>
    private static Dictionary<string, string>? ParseArcHeader(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5 || !long.TryParse(fields[^1], NumberStyles.None, CultureInfo.InvariantCulture, out _)) return null;
        var url = string.Join(' ', fields[..^4]);
        var date = fields[^3];
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["WARC-Type"] = url.StartsWith("filedesc://", StringComparison.Ordinal) ? "filedesc" : "response",
            ["WARC-Target-URI"] = url,
            ["WARC-Date"] = date.Length >= 8 ? $"{date[..4]}-{date[4..6]}-{date[6..8]}" : date,
            ["Content-Length"] = fields[^1],
        };
    }

    private WarcRecord ReadBlock(Dictionary<string, string> headers, string? headerProblem)
    {
        var lengthText = headers.GetValueOrDefault("Content-Length");
        if (!long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            _resyncing = true;
            return Failure(headerProblem ?? (lengthText is null ? "no Content-Length" : $"bad Content-Length '{Clip(lengthText)}'"), headers);
        }
        var wanted = wantsBlock(headers.GetValueOrDefault("WARC-Type") ?? "");
        var problem = headerProblem ?? (wanted && length > blockCap ? $"block of {length:N0} bytes is over the {blockCap / (1024 * 1024)} MB cap" : null);
        byte[]? block = null;
        long read;
        if (wanted && problem is null)
        {
            block = new byte[length];
            read = _bytes.Read(block);
        }
        else read = _bytes.Skip(length); // unwanted or unusable: pass over the bytes without holding them
        if (read < length)
        {
            _stopped = true;
            return Failure($"truncated (Content-Length {length}, {read} bytes read)", headers);
        }
        if (!AtRecordEnd())
        {
            _resyncing = true;
            problem ??= $"Content-Length {length} is wrong: no blank line follows the block";
        }
        return problem is null ? new WarcRecord(_recordStart, headers, block) : Failure(problem, headers);
    }

    // A block is followed by a blank line. Anything else there means Content-Length was wrong; the next record's
    // "WARC/" right after the block is let pass, as some writers leave the blank line out.
    private bool AtRecordEnd() => _bytes.PeekByte() is -1 or '\r' or '\n' || _bytes.StartsWith("WARC/"u8);

    private WarcRecord Failure(string problem, Dictionary<string, string>? headers = null) =>
        new(_recordStart, headers ?? NoHeaders, null, problem);

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
