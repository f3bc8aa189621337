using System.Text;

namespace Dyad.Ingest;

/// <summary>
/// Forward-only reading of header lines and counted blocks from one byte stream, with the offset of the next byte.
/// Record framing needs both (lines up to a blank one, then exactly Content-Length bytes); a StreamReader decodes
/// ahead and loses the byte position, and a bare Stream has no lines.
/// </summary>
internal sealed class WarcByteReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start, _end;
    private long _bufferOffset;

    /// <summary>Offset in the stream of the next byte to be read.</summary>
    public long Offset => _bufferOffset + _start;

    /// <summary>
    /// The next line without its line break (CR LF or LF), or null at the end of the stream. Header lines are short;
    /// a "line" longer than the buffer is binary junk, so only its start is kept and the rest is dropped.
    /// </summary>
    public string? ReadLine()
    {
        var scanned = 0;
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending[scanned..].IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start += scanned + newline + 1;
                return Text(pending[..(scanned + newline)]);
            }
            scanned = pending.Length;
            if (pending.Length == _buffer.Length)
            {
                var head = Text(pending);
                _start = _end;
                SkipPastNewline();
                return head;
            }
            if (Fill(pending.Length + 1) == pending.Length)
            {
                if (pending.Length == 0) return null;
                var last = Text(_buffer.AsSpan(_start, _end - _start));
                _start = _end;
                return last;
            }
        }
    }

    /// <summary>The next byte without consuming it, or -1 at the end of the stream.</summary>
    public int PeekByte() => Fill(1) > 0 ? _buffer[_start] : -1;

    public bool StartsWith(ReadOnlySpan<byte> prefix) =>
        Fill(prefix.Length) >= prefix.Length && _buffer.AsSpan(_start, prefix.Length).SequenceEqual(prefix);

    /// <summary>Fills <paramref name="destination"/>; returns fewer bytes only at the end of the stream.</summary>
    public int Read(Span<byte> destination)
    {
        var total = Math.Min(destination.Length, _end - _start);
        _buffer.AsSpan(_start, total).CopyTo(destination);
        _start += total;
        // The buffer is empty now: large blocks go straight into place rather than through it.
        while (total < destination.Length)
        {
            var n = stream.Read(destination[total..]);
            if (n == 0) break;
            total += n;
            _bufferOffset += n;
        }
        return total;
    }

    /// <summary>Passes over <paramref name="count"/> bytes without keeping them; returns how many there were.</summary>
    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count && Fill(1) > 0)
        {
            var step = (int)Math.Min(count - skipped, _end - _start);
            _start += step;
            skipped += step;
        }
        return skipped;
    }

    /// <summary>Forgets buffered bytes, for when the stream beneath has moved on (a gzip stream resumed further on).</summary>
    public void DiscardBuffered()
    {
        _bufferOffset += _end;
        _start = _end = 0;
    }

    private void SkipPastNewline()
    {
        while (Fill(1) > 0)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0) { _start += newline + 1; return; }
            _start = _end;
        }
    }

    /// <summary>Buffers at least <paramref name="count"/> bytes if the stream has them; returns how many are buffered.</summary>
    private int Fill(int count)
    {
        if (_end - _start >= count) return _end - _start;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }
        while (_end < count)
        {
            var n = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (n == 0) break;
            _end += n;
        }
        return _end - _start;
    }

    // WARC 1.1 allows UTF-8 in header values; ARC and older WARC headers are ASCII, which UTF-8 reads the same.
    private static string Text(ReadOnlySpan<byte> line) =>
        Encoding.UTF8.GetString(line.EndsWith("\r"u8) ? line[..^1] : line);
}
