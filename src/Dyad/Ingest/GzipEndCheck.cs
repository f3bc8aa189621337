using System.IO.Compression;

namespace Dyad.Ingest;

/// <summary>
/// Gzip decompression that notices a file cut short. GZipStream ends quietly when the compressed data stops in the
/// middle, so a truncated .jsonl.gz would lose its last records without a word. At the end this compares the
/// bytes decompressed with the size the gzip trailer records (the file's last four bytes); when they differ and the
/// text does not end at a line break, the file was cut, and reading fails with that reason. (A file of several
/// gzip members records only its last member's size, which is why the line break decides.)
/// </summary>
internal sealed class GzipEndCheck(FileStream file) : Stream
{
    private readonly GZipStream gzip = new(file, CompressionMode.Decompress);
    private long total;
    private byte last = (byte)'\n';

    public override int Read(Span<byte> buffer)
    {
        int n;
        try { n = gzip.Read(buffer); }
        catch (InvalidDataException e)
        {
            // GZipStream's own message ("unsupported compression method") misleads for a damaged or mislabelled file.
            throw new InvalidDataException(total == 0 ? "not gzip data, or a damaged gzip header" : $"corrupt gzip data after {total:N0} decompressed bytes", e);
        }
        if (n > 0)
        {
            total += n;
            last = buffer[n - 1];
        }
        else if (buffer.Length > 0 && last != (byte)'\n' && !TrailerMatches())
            throw new InvalidDataException("the gzip data ends in the middle of a record: the file is truncated");
        return n;
    }

    private bool TrailerMatches()
    {
        if (file.Length < 18) return false; // smaller than a gzip header and trailer
        Span<byte> size = stackalloc byte[4];
        file.Position = file.Length - 4;
        file.ReadExactly(size);
        return BitConverter.ToUInt32(size) == (uint)total;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => total; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) gzip.Dispose();
        base.Dispose(disposing);
    }
}
