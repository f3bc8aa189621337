using System.IO.Compression;

namespace Dyad.Ingest;

/// <summary>
/// Decompresses a gzip file that is either one stream or many members back to back (Common Crawl writes one member
/// per record; GZipStream reads on from one member into the next). After a damaged member it can resume at the next
/// member header, so one bad record does not cost the rest of a multi-gigabyte file.
/// </summary>
internal sealed class GzipMemberStream(Stream file) : Stream
{
    private GZipStream _gzip = new(file, CompressionMode.Decompress, leaveOpen: true);

    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b;

    /// <summary>How far into the compressed file the decompressor has read (it reads ahead up to 8 KB).</summary>
    public long CompressedPosition => file.Position;

    public override int Read(Span<byte> buffer)
    {
        int n;
        try { n = _gzip.Read(buffer); }
        catch (InvalidDataException e)
        {
            // GZipStream's own message ("unsupported compression method") misleads for what is a damaged member.
            throw new InvalidDataException($"corrupt gzip data before compressed byte {file.Position}", e);
        }
        // GZipStream ends quietly when what follows a member is not another gzip header; unread bytes after
        // that point are a damaged member, not the end of the file.
        if (n == 0 && buffer.Length > 0 && file.Position < file.Length)
            throw new InvalidDataException($"compressed bytes from {file.Position} on are not gzip data");
        return n;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <summary>
    /// Moves to the next member header after the point where decompression failed; false if there is none.
    /// Members that began inside the decompressor's last read-ahead are lost with the damaged one: GZipStream
    /// does not say how much of its input it used.
    /// </summary>
    public bool TryResume()
    {
        _gzip.Dispose();
        var window = new byte[64 * 1024];
        var from = file.Position;
        while (true)
        {
            file.Position = from;
            var n = file.ReadAtLeast(window, window.Length, throwOnEndOfStream: false);
            var at = IndexOfMemberHeader(window.AsSpan(0, n));
            if (at >= 0)
            {
                file.Position = from + at;
                _gzip = new GZipStream(file, CompressionMode.Decompress, leaveOpen: true);
                return true;
            }
            if (n < window.Length) return false;
            from += n - 3; // a header may straddle two windows
        }
    }

    // ID1 ID2, deflate, then a flags byte whose three reserved bits are zero: enough to skip most false starts,
    // and a false start only fails again on its first read.
    private static int IndexOfMemberHeader(ReadOnlySpan<byte> bytes)
    {
        for (var from = 0; ;)
        {
            var i = bytes[from..].IndexOf([(byte)0x1f, (byte)0x8b, (byte)0x08]);
            if (i < 0) return -1;
            var at = from + i;
            if (at + 3 < bytes.Length && (bytes[at + 3] & 0xE0) == 0) return at;
            from = at + 1;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
            file.Dispose();
        }
        base.Dispose(disposing);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
