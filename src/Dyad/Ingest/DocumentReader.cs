using System.IO.Compression;
using System.Text.Json;
using Dyad.Text;

namespace Dyad.Ingest;

/// <summary>
/// Reads files, folders (recursively, in name order) and standard input ("-") into raw documents.
/// The file's extension chooses the reader; a file that cannot be read becomes one failure line.
/// </summary>
public static class DocumentReader
{
    public static IEnumerable<ReadResult> Read(IEnumerable<string> paths, TextReader? stdin = null)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                var text = (stdin ?? Console.In).ReadToEnd();
                yield return ReadResult.Ok(new RawDocument("stdin", "-", TextNormalizer.Normalize(text), LooksLikeHtml(text) ? ContentKind.Html : ContentKind.Text));
                continue;
            }
            if (Directory.Exists(path))
            {
                foreach (var r in ReadFolder(path)) yield return r;
                continue;
            }
            if (!File.Exists(path)) { yield return ReadResult.Fail(path, "no such file or folder"); continue; }
            foreach (var r in ReadFile(path)) yield return r;
        }
    }

    private static IEnumerable<ReadResult> ReadFolder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint };
        List<string> files;
        string? problem = null;
        try { files = Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal).ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            files = [];
            problem = e.Message;
        }
        if (problem is not null) { yield return ReadResult.Fail(folder, $"cannot list folder: {problem}"); yield break; }
        foreach (var file in files)
            foreach (var r in ReadFile(file)) yield return r;
    }

    public static IEnumerable<ReadResult> ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        var lower = name.ToLowerInvariant();
        if (lower.EndsWith(".jsonl") || lower.EndsWith(".jsonl.gz") || lower.EndsWith(".ndjson"))
            return JsonLinesReader.Read(path);
        if (WarcReader.Extensions.Any(lower.EndsWith))
            return WarcReader.Read(path);
        return ReadSingle(path, name, lower);
    }

    private static IEnumerable<ReadResult> ReadSingle(string path, string name, string lower)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail(path, $"cannot read: {e.Message}")];
        }
        if (bytes.Length == 0) return [ReadResult.Fail(path, "empty file")];
        if (TextDecoder.LooksBinary(bytes)) return [ReadResult.Fail(path, "binary file, not text or HTML")];
        var text = TextDecoder.Decode(bytes);
        var isHtml = lower.EndsWith(".html") || lower.EndsWith(".htm") || LooksLikeHtml(text);
        return [ReadResult.Ok(new RawDocument(name, Path.GetFullPath(path), text, isHtml ? ContentKind.Html : ContentKind.Text))];
    }

    internal static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
