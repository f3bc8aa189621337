using System.CommandLine;
using Dyad.Analysis;

namespace Dyad.Cli.Commands;

/// <summary>
/// Date-range options for the analysis commands. Unlike `events --to`, a partial date here means all of it:
/// "--to 2024" ends on 31 December 2024.
/// </summary>
internal static class AnalysisOptions
{
    public static Option<DateOnly?> From() => Bound("--from", "Events on or after the first day of this date (YYYY[-MM[-DD]]).", first: true);
    public static Option<DateOnly?> To() => Bound("--to", "Events on or before the last day of this date (YYYY[-MM[-DD]]).", first: false);

    private static Option<DateOnly?> Bound(string name, string description, bool first) => new(name)
    {
        Description = description,
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (DateBounds.TryParse(text, out var start, out var end)) return first ? start : end;
            r.AddError(DateBounds.Problem(name, text));
            return null;
        },
    };

    public static Option<int> Top(int defaultValue) => new("--top", "-n")
    {
        Description = $"How many rows (default {defaultValue}).",
        DefaultValueFactory = _ => defaultValue,
        Validators = { r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--top must be at least 1"); } },
    };
}
