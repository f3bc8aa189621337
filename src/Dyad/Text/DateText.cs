using System.Globalization;

namespace Dyad.Text;

public static class DateText
{
    /// <summary>Reads the date part of an ISO 8601 timestamp ("2024-02-20T10:00:00Z" → 2024-02-20).</summary>
    public static PartialDate? ParseIsoPrefix(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        if (DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) && v.Length >= 10 && char.IsDigit(v[0]))
            return PartialDate.FromDate(DateOnly.FromDateTime(dto.Date));
        if (v.Length >= 10 && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return PartialDate.FromDate(d);
        return null;
    }
}
