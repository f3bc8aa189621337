using System.Globalization;

namespace Dyad.Analysis;

/// <summary>
/// Reads YYYY, YYYY-MM or YYYY-MM-DD as the days it covers, so that "--to 2024" includes all of 2024 and
/// "--from 2024-02" starts on 1 February.
/// </summary>
public static class DateBounds
{
    public static bool TryParse(string? text, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        var t = text?.Trim() ?? "";
        var ic = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", ic, DateTimeStyles.None, out first)) { last = first; return true; }
        if (DateOnly.TryParseExact(t, "yyyy-MM", ic, DateTimeStyles.None, out first)) { last = first.AddMonths(1).AddDays(-1); return true; }
        if (t.Length == 4 && DateOnly.TryParseExact(t, "yyyy", ic, DateTimeStyles.None, out first)) { last = new DateOnly(first.Year, 12, 31); return true; }
        return false;
    }

    public static string Problem(string name, string? text) => $"{name}: '{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
}
