using System.Globalization;
using Dyad.Analysis;
using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Dyad.Cli.Server;

/// <summary>A request the API cannot answer as asked: 400 with this message.</summary>
public sealed class BadRequestException(string message) : Exception(message);

/// <summary>
/// The event filters of /api/events and /api/timeline, taken as text so that a bad value gets our own 400 with
/// a message naming the parameter, not the framework's binding error.
/// </summary>
public sealed class EventFilterQuery
{
    [Description("Source country or actor code: RUS, RUSGOV.")]
    [FromQuery(Name = "source")] public string? Source { get; set; }
    [Description("Target country or actor code: CUB.")]
    [FromQuery(Name = "target")] public string? Target { get; set; }
    [Description("true: match the pair in both directions.")]
    [FromQuery(Name = "both_directions")] public string? BothDirections { get; set; }
    [Description("A CAMEO code or prefix: 04, 043.")]
    [FromQuery(Name = "code")] public string? Code { get; set; }
    [Description("A CAMEO root code, two digits: 04.")]
    [FromQuery(Name = "root")] public string? Root { get; set; }
    [Description("Quad classes, comma-separated: 1,2.")]
    [FromQuery(Name = "quad")] public string? Quad { get; set; }
    [Description("YYYY, YYYY-MM or YYYY-MM-DD: from its first day.")]
    [FromQuery(Name = "from")] public string? From { get; set; }
    [Description("YYYY, YYYY-MM or YYYY-MM-DD: to its last day.")]
    [FromQuery(Name = "to")] public string? To { get; set; }
    [Description("Language the event was read in: en, vi.")]
    [FromQuery(Name = "lang")] public string? Lang { get; set; }
    [Description("Words the event's sentences must hold (case and diacritics ignored).")]
    [FromQuery(Name = "text")] public string? Text { get; set; }
    [Description("true: only events with a known year; false: only those without.")]
    [FromQuery(Name = "dated")] public string? Dated { get; set; }

    public EventFilter ToFilter()
    {
        DateOnly? Bound(string name, string? text, bool first)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (!DateBounds.TryParse(text, out var start, out var end)) throw new BadRequestException(DateBounds.Problem(name, text));
            return first ? start : end;
        }
        var filter = new EventFilter
        {
            Source = ApiRequest.Actor("source", Source), Target = ApiRequest.Actor("target", Target),
            BothDirections = ApiRequest.Flag("both_directions", BothDirections) ?? false,
            Code = ApiRequest.Digits("code", Code, 2, 4), Root = ApiRequest.Digits("root", Root, 2, 2),
            Quads = ApiRequest.Quads(Quad), From = Bound("from", From, true), To = Bound("to", To, false),
            Lang = ApiRequest.Word("lang", Lang), Text = string.IsNullOrWhiteSpace(Text) ? null : Text, Dated = ApiRequest.Flag("dated", Dated),
        };
        if (filter.From > filter.To) throw new BadRequestException($"from ({From}) is after to ({To})");
        return filter;
    }
}

/// <summary>Checks for single query values; each throws <see cref="BadRequestException"/> saying what is wrong.</summary>
public static class ApiRequest
{
    public static string? Actor(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        if (v.Length > 32 || !v.All(char.IsAsciiLetterOrDigit)) throw new BadRequestException($"{name}: '{value}' is not an actor code (letters and digits: RUS, RUSGOV)");
        return v.ToUpperInvariant();
    }

    public static string? Digits(string name, string? value, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        if (v.Length < min || v.Length > max || !v.All(char.IsAsciiDigit))
            throw new BadRequestException($"{name}: '{value}' is not a CAMEO {(min == max ? "root (two digits: 04)" : "code (2 to 4 digits: 04, 043)")}");
        return v;
    }

    public static IReadOnlyList<int> Quads(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return [];
        var quads = new List<int>();
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var q) || q is < 1 or > 4)
                throw new BadRequestException($"quad: '{part}' is not a quad class (1 to 4, comma-separated)");
            quads.Add(q);
        }
        return quads;
    }

    public static bool? Flag(string name, string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "true" or "1" or "yes" => true,
        "false" or "0" or "no" => false,
        _ => throw new BadRequestException($"{name}: '{value}' is not true or false"),
    };

    public static string? Word(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (value.Length > 16 || !value.All(char.IsAsciiLetter)) throw new BadRequestException($"{name}: '{value}' is not a language code (en, vi)");
        return value.ToLowerInvariant();
    }

    public static int Int(string name, string? value, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            throw new BadRequestException($"{name}: '{value}' is not a whole number from {min} to {max}");
        return n;
    }

    public static TimeUnit Unit(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return TimeUnit.Month;
        if (!Timeline.TryParseUnit(value.Trim(), out var unit)) throw new BadRequestException($"by: '{value}' is not day, week, month or year");
        return unit;
    }
}
