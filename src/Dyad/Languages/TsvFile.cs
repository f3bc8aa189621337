namespace Dyad.Languages;

/// <summary>Reads Dyad's data tables: UTF-8 TSV with a header row; '#' lines are comments.</summary>
public static class TsvFile
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(string path)
    {
        string[]? header = null;
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Length == 0 || raw[0] == '#') continue;
            var cells = raw.Split('\t');
            if (header is null) { header = cells.Select(c => c.Trim()).ToArray(); continue; }
            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++) row[header[i]] = i < cells.Length ? cells[i].Trim() : "";
            yield return row;
        }
    }

    public static string Get(this IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var v) ? v : "";
}
