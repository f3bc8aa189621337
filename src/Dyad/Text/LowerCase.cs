namespace Dyad.Text;

/// <summary>
/// Invariant lower-casing for the hot paths (every token and every line of every page). string.ToLowerInvariant asks
/// ICU for each character outside ASCII, which is most of a Vietnamese text, and copies even a word that is lower-case
/// already; a table of the 65,536 answers, built once, makes each character an array read and returns such a word as it is.
/// </summary>
public static class LowerCase
{
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) table[c] = char.ToLowerInvariant((char)c);
        return table;
    }

    /// <summary>
    /// Whether the text holds characters outside the Basic Multilingual Plane (surrogate pairs): one character per UTF-16
    /// unit, which the table and DuckDB's code-point offsets both assume, no longer holds.
    /// </summary>
    public static bool HasSurrogates(ReadOnlySpan<char> text) => text.ContainsAnyInRange('\uD800', '\uDFFF');

    /// <summary>The character lower-cased, as char.ToLowerInvariant gives it.</summary>
    public static char Of(char c) => Table[c];

    /// <summary>The text lower-cased, as string.ToLowerInvariant gives it; the same instance when nothing changes.</summary>
    public static string Of(string text)
    {
        var first = 0;
        while (first < text.Length && !char.IsSurrogate(text[first]) && Table[text[first]] == text[first]) first++;
        if (first == text.Length) return text;
        // A character outside the Basic Multilingual Plane is a pair of units that only the string casing maps.
        if (HasSurrogates(text.AsSpan(first))) return text.ToLowerInvariant();
        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            var (source, from) = state;
            source.AsSpan(0, from).CopyTo(span);
            for (var i = from; i < source.Length; i++) span[i] = Table[source[i]];
        });
    }
}
