using System.Text.Json;
using Dyad.Text;

namespace Dyad.Ingest;

/// <summary>
/// JSON Lines, plain or gzip: one record per line with <c>id</c> or <c>url</c>, and <c>text</c> or <c>html</c>;
/// <c>title</c> and <c>date</c> are kept as what the record declares.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<ReadResult> Read(string path)
    {
        TextReader reader;
        try
        {
            var file = File.OpenRead(path);
            Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GzipEndCheck(file) : file;
            reader = new StreamReader(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail(path, $"cannot read: {e.Message}")];
        }
        return ReadLines(path, reader);
    }

    private static IEnumerable<ReadResult> ReadLines(string path, TextReader reader)
    {
        using var _ = reader;
        var lineNumber = 0;
        while (true)
        {
            string? line;
            string? ioProblem = null;
            try { line = reader.ReadLine(); }
            catch (Exception e) when (e is IOException or InvalidDataException) { line = null; ioProblem = e.Message; }
            if (ioProblem is not null) { yield return ReadResult.Fail(path, $"line {lineNumber + 1}: {ioProblem}"); yield break; }
            if (line is null) yield break;
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ParseRecord(path, lineNumber, line);
        }
    }

    private static ReadResult ParseRecord(string path, int lineNumber, string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = Str(root, "id") ?? Str(root, "url");
            if (id is null) return ReadResult.Fail(path, $"line {lineNumber}: record has neither \"id\" nor \"url\"");
            var html = Str(root, "html");
            var text = html ?? Str(root, "text");
            if (text is null) return ReadResult.Fail(path, $"line {lineNumber}: record has neither \"text\" nor \"html\"");
            var declared = DateText.ParseIsoPrefix(Str(root, "date"));
            return ReadResult.Ok(new RawDocument(id, Str(root, "url") ?? $"{Path.GetFullPath(path)}#{lineNumber}", TextNormalizer.Normalize(text),
                html is null ? ContentKind.Text : ContentKind.Html, declared, declared is null ? null : "jsonl", Str(root, "title")));
        }
        catch (JsonException e)
        {
            return ReadResult.Fail(path, $"line {lineNumber}: invalid JSON ({e.Message.Split('.')[0]})");
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
