using Dyad.Text;

namespace Dyad.Ingest;

/// <summary>
/// Reads files, folders (recursively, in name order) and standard input ("-") into raw documents.
/// The file's extension chooses the reader; a file that cannot be read becomes one failure line.
/// </summary>
public static class DocumentReader
{
    /// <summary>
    /// The largest document read, in bytes (characters for text that arrives decoded). News pages are well under
    /// 1 MB (Common Crawl cuts responses at 1 MiB); processing costs tens of times a document's size in memory, so
    /// a larger file is reported instead of read, and memory stays bounded whatever the input.
    /// </summary>
    public const int MaxDocumentBytes = 8 * 1024 * 1024;

    public static string TooLarge(long size, string unit = "bytes") =>
        $"{size:N0} {unit} is over the {MaxDocumentBytes / 1024 / 1024} MB limit for one document";

    public static IEnumerable<ReadResult> Read(IEnumerable<string> paths, TextReader? stdin = null)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return ReadStdin(stdin ?? Console.In);
                continue;
            }
            if (FolderWalker.BrokenLink(path) is { } broken) { yield return ReadResult.Fail(path, broken); continue; }
            if (Directory.Exists(path))
            {
                foreach (var r in FolderWalker.Read(path)) yield return r;
                continue;
            }
            if (!File.Exists(path)) { yield return ReadResult.Fail(path, "no such file or folder"); continue; }
            foreach (var r in ReadFile(path)) yield return r;
        }
    }

    /// <summary>
    /// Reads one file by its extension's reader. <paramref name="listedLength"/> is the size a folder listing already
    /// found for a plain file (not a link), which spares asking the system again: a call per file, on a crawl of millions.
    /// </summary>
    public static IEnumerable<ReadResult> ReadFile(string path, long? listedLength = null)
    {
        var name = Path.GetFileName(path);
        var lower = name.ToLowerInvariant();
        if (lower.EndsWith(".jsonl") || lower.EndsWith(".jsonl.gz") || lower.EndsWith(".ndjson"))
            return JsonLinesReader.Read(path);
        if (WarcReader.Extensions.Any(lower.EndsWith))
            return WarcReader.Read(path);
        return [ReadSingle(path, name, lower, listedLength)];
    }

    private static ReadResult ReadSingle(string path, string name, string lower, long? listedLength)
    {
        byte[] bytes;
        try
        {
            // The size is checked before the file is opened: a FIFO or a device reports 0 and would block or never end.
            var length = listedLength ?? new FileInfo(path).Length;
            if (length == 0) return ReadResult.Fail(path, "empty file");
            if (length > MaxDocumentBytes) return ReadResult.Fail(path, TooLarge(length));
            bytes = ReadAtMost(path, (int)length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Fail(path, $"cannot read: {Problem(e)}");
        }
        if (bytes.Length == 0) return ReadResult.Fail(path, "empty file");
        if (TextDecoder.LooksBinary(bytes)) return ReadResult.Fail(path, "binary file, not text or HTML");
        var text = TextDecoder.Decode(bytes, null, out var verbatim);
        var isHtml = lower.EndsWith(".html") || lower.EndsWith(".htm") || LooksLikeHtml(text);
        return ReadResult.Ok(new RawDocument(name, Path.GetFullPath(path), text, isHtml ? ContentKind.Html : ContentKind.Text)
        {
            KnownContentHash = verbatim ? ContentHashing.Of(bytes) : null,
        });
    }

    /// <summary>The file's bytes as its size said when listed; a file that has grown since is cut there, never read without end.</summary>
    private static byte[] ReadAtMost(string path, int length)
    {
        // A handle read at offsets: no stream or buffer around it for a file that is read once, whole.
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, FileOptions.SequentialScan);
        var bytes = new byte[length];
        var n = 0;
        while (n < length && RandomAccess.Read(file, bytes.AsSpan(n), n) is var read and > 0) n += read;
        return n == length ? bytes : bytes[..n];
    }

    private static ReadResult ReadStdin(TextReader stdin)
    {
        // Read in blocks with a limit: a pipe can carry more than memory holds.
        var buffer = new char[64 * 1024];
        var text = new System.Text.StringBuilder();
        int n;
        while ((n = stdin.ReadBlock(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, n);
            if (text.Length > MaxDocumentBytes) return ReadResult.Fail("-", TooLarge(text.Length, "characters or more"));
        }
        if (text.Length == 0) return ReadResult.Fail("-", "empty input");
        var content = text.ToString();
        return ReadResult.Ok(new RawDocument("stdin", "-", TextNormalizer.Normalize(content), LooksLikeHtml(content) ? ContentKind.Html : ContentKind.Text));
    }

    /// <summary>The system's reason without the path, which the failure line already names.</summary>
    internal static string Problem(Exception e)
    {
        if (e is UnauthorizedAccessException) return "permission denied";
        var message = e.Message;
        var quoted = message.LastIndexOf(" : '", StringComparison.Ordinal);
        if (quoted > 0) message = message[..quoted];
        var inPath = message.IndexOf(" in '", StringComparison.Ordinal);
        if (inPath > 0 && message.EndsWith("'.", StringComparison.Ordinal)) message = message[..inPath];
        return message.TrimEnd('.');
    }

    internal static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
