using System.Globalization;

namespace Dyad.Store;

/// <summary>
/// Writes events as GDELT 2.0's event table: 61 tab-separated columns, no header, in GDELT's order.
/// Dyad fills what it knows (dates, actors, codes, Goldstein, mentions, source URL) and leaves the rest empty.
/// </summary>
public static class GdeltExport
{
    public const int ColumnCount = 61;

    public static void Write(IEnumerable<StoredEvent> events, TextWriter writer, ISet<string> countryCodes)
    {
        var id = 0L;
        var added = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        foreach (var e in events)
        {
            id++;
            var cols = new string[ColumnCount];
            Array.Fill(cols, "");
            var (sqlDate, monthYear, year, fraction) = Dates(e.Date);
            cols[0] = id.ToString(CultureInfo.InvariantCulture);
            cols[1] = sqlDate; cols[2] = monthYear; cols[3] = year; cols[4] = fraction;
            Actor(cols, 5, e.Source, countryCodes);
            Actor(cols, 15, e.Target, countryCodes);
            cols[25] = "1";
            cols[26] = e.Cameo;
            cols[27] = e.Cameo.Length > 3 ? e.Cameo[..3] : e.Cameo;
            cols[28] = e.Root;
            cols[29] = e.QuadClass.ToString(CultureInfo.InvariantCulture);
            cols[30] = e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture);
            cols[31] = e.Mentions.ToString(CultureInfo.InvariantCulture);
            cols[32] = e.Docs.Count.ToString(CultureInfo.InvariantCulture);
            cols[33] = e.Docs.Count.ToString(CultureInfo.InvariantCulture);
            cols[59] = added;
            cols[60] = e.Doc;
            writer.Write(string.Join('\t', cols.Select(Clean)));
            writer.Write('\n');
        }
    }

    // Actor blocks: Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1, Type2, Type3.
    // An actor that is not an ISO country (NATO, EU, UN) goes in the known-group column, as GDELT does.
    private static void Actor(string[] cols, int at, StoredActor a, ISet<string> countryCodes)
    {
        cols[at] = a.Code ?? "";
        cols[at + 1] = (a.Name ?? a.Country ?? "").ToUpperInvariant();
        var isCountry = a.Country is { } c && countryCodes.Contains(c);
        cols[at + 2] = isCountry ? a.Country! : "";
        cols[at + 3] = isCountry ? "" : a.Country ?? "";
        cols[at + 7] = a.Role ?? "";
    }

    private static (string, string, string, string) Dates(string? iso)
    {
        if (iso is null || iso.StartsWith("XXXX", StringComparison.Ordinal)) return ("", "", "", "");
        var parts = iso.Split('-');
        var y = parts[0];
        var m = parts.Length > 1 ? parts[1] : "01";
        var d = parts.Length > 2 ? parts[2] : "01";
        var day = new DateOnly(int.Parse(y, CultureInfo.InvariantCulture), int.Parse(m, CultureInfo.InvariantCulture), int.Parse(d, CultureInfo.InvariantCulture));
        var fraction = (day.Year + (day.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture);
        return ($"{y}{m}{d}", $"{y}{m}", y, fraction);
    }

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ');
}
