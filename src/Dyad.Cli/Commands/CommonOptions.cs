using System.CommandLine;
using System.Globalization;
using Dyad.Store;

namespace Dyad.Cli.Commands;

/// <summary>Options several commands share, and the exit codes they return.</summary>
internal static class CommonOptions
{
    public const int Ok = 0;
    public const int SomeInputsFailed = 1;
    public const int Failed = 2;

    public static Option<string?> Store() => new("--store")
    {
        Description = $"The DuckDB store file (default: $DYAD_STORE, else ./{EventStore.DefaultFile}).",
    };

    public static Option<string> Format(string description, params string[] allowed)
    {
        var option = new Option<string>("--format", "-f") { Description = description, DefaultValueFactory = _ => allowed[0] };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    /// <summary>A date option; with <paramref name="periodEnd"/>, "2024" means its last day, so `--to 2024` includes December.</summary>
    public static Option<DateOnly?> Date(string name, string description, bool periodEnd = false) => new(name)
    {
        Description = description,
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
            if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return !periodEnd ? d : text.Length == 4 ? new DateOnly(d.Year, 12, 31) : text.Length == 7 ? d.AddMonths(1).AddDays(-1) : d;
            r.AddError($"{name}: '{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
            return null;
        },
    };

    /// <summary>Runs a command body, turning the store's and the file system's errors into one line and exit code 2.</summary>
    public static int Guard(Func<int> body)
    {
        try { return body(); }
        catch (Exception e) when (e is StoreException or IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"dyad: {e.Message}");
            return Failed;
        }
    }
}
