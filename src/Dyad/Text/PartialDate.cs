using System.Globalization;

namespace Dyad.Text;

public enum DatePrecision { None, Year, Month, Day }

/// <summary>A calendar date known only in part: "2016-05", "2015", or "XXXX-11-02" when the year is not given.</summary>
public readonly record struct PartialDate(int? Year, int? Month, int? Day)
{
    public DatePrecision Precision =>
        Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : Year is not null ? DatePrecision.Year : DatePrecision.None;

    public bool HasFullYear => Year is not null;

    public static PartialDate FromDate(DateOnly d) => new(d.Year, d.Month, d.Day);

    public DateOnly? ToDate() => Year is { } y && Month is { } m && Day is { } d ? new DateOnly(y, m, d) : null;

    /// <summary>ISO 8601 at the known precision; an unknown year is written as XXXX, as the gold files do.</summary>
    public string ToIso()
    {
        // Formatted in place into one string: every event's date and every stored article's is written this way.
        Span<char> iso = stackalloc char[32];
        var length = 4;
        if (Year is { } year) year.TryFormat(iso, out length, "D4", CultureInfo.InvariantCulture);
        else "XXXX".CopyTo(iso);
        if (Month is { } month)
        {
            length += TwoDigits(iso[length..], month);
            if (Day is { } day) length += TwoDigits(iso[length..], day);
        }
        return new string(iso[..length]);
    }

    // "-" and the number in two digits or more; how many characters that took.
    private static int TwoDigits(Span<char> into, int value)
    {
        into[0] = '-';
        value.TryFormat(into[1..], out var written, "D2", CultureInfo.InvariantCulture);
        return written + 1;
    }

    public override string ToString() => ToIso();

    public static PartialDate? TryCreate(int? year, int month, int? day)
    {
        if (month is < 1 or > 12) return null;
        if (year is < 1900 or > 2100) return null;
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year ?? 2000, month))) return null;
        return new PartialDate(year, month, day);
    }

    public static PartialDate? Parse(string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso)) return null;
        var parts = iso.Split('-');
        int? year = parts[0] == "XXXX" ? null : int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2][..2], CultureInfo.InvariantCulture) : null;
        return new PartialDate(year, month, day);
    }

    public static string PrecisionName(DatePrecision p) => p.ToString().ToLowerInvariant();
}
