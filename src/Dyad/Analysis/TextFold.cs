using System.Globalization;
using System.Text;

namespace Dyad.Analysis;

/// <summary>
/// Case- and diacritic-blind matching for search ("da nang" finds "Đà Nẵng"). The same folding is written once
/// in C# and once in SQL, so the store filters with it and the caller can point at the match.
/// </summary>
public static class TextFold
{
    /// <summary>The SQL expression that folds <paramref name="column"/>; DuckDB's strip_accents leaves đ alone.</summary>
    public static string Sql(string column) => $"replace(strip_accents(lower({column})), 'đ', 'd')";

    /// <summary>Folds one character at a time, so that an index into the result is an index into the text.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower == 'đ') { sb.Append('d'); continue; }
            if (lower < 128 || char.IsSurrogate(lower)) { sb.Append(lower); continue; }
            var d = lower.ToString().Normalize(NormalizationForm.FormD);
            sb.Append(d.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(d[0]) != UnicodeCategory.NonSpacingMark ? d[0] : lower);
        }
        return sb.ToString();
    }

    /// <summary>Splits a query into folded terms; "quoted words" stay one phrase.</summary>
    public static IReadOnlyList<string> Terms(string? query)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(query)) return terms;
        var parts = query.Normalize(NormalizationForm.FormC).Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1) { if (parts[i].Trim() is { Length: > 0 } phrase) terms.Add(Fold(string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)))); }
            else terms.AddRange(parts[i].Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(Fold));
        }
        return terms.Distinct().ToList();
    }

    /// <summary>About <paramref name="width"/> characters of text around a match, cut on word boundaries.</summary>
    public static string Snippet(string text, IReadOnlyList<string> terms, int width = 160)
    {
        var folded = Fold(text);
        // Centre on the longest term found: it says most about why the text matched ("kremlin" rather than "nga").
        var at = terms.OrderByDescending(t => t.Length).Select(t => folded.IndexOf(t, StringComparison.Ordinal)).FirstOrDefault(i => i >= 0, 0);
        var start = Math.Max(0, at - width / 3);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var end = Math.Min(text.Length, start + width);
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        var s = text[start..end].ReplaceLineEndings(" ").Trim();
        return (start > 0 ? "…" : "") + s + (end < text.Length ? "…" : "");
    }
}
