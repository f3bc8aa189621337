using System.Text.RegularExpressions;

namespace Dyad.Bench;

/// <summary>
/// What coding costs done the obvious way: one compiled regular expression per trigger phrase of
/// data/en/events.tsv and data/vi/events.tsv, each run over the whole article. It only finds triggers (no actors,
/// roles, dates or direction), so it does less than Dyad's coder; its speed is the yardstick in the benchmark table.
/// </summary>
public sealed class NaiveBaseline
{
    private readonly Regex[] triggers;

    public int Patterns => triggers.Length;

    public NaiveBaseline(string dataFolder)
    {
        triggers = new[] { "en", "vi" }
            .SelectMany(lang => File.ReadLines(Path.Combine(dataFolder, lang, "events.tsv")))
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("cameo\t"))
            .Select(line => line.Split('\t'))
            .Where(cols => cols.Length >= 2 && cols[0] != "-" && cols[1].Trim().Length > 0)
            .Select(cols => new Regex(ToPattern(cols[1]), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled))
            .ToArray();
    }

    /// <summary>Whole words, any whitespace between them, '*' a gap of up to four words.</summary>
    private static string ToPattern(string phrase)
    {
        var pattern = new System.Text.StringBuilder(@"(?<!\w)");
        var first = true;
        foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == "*") { pattern.Append(@"(?:\s+\S+){0,4}"); continue; }
            pattern.Append(first ? "" : @"\s+").Append(Regex.Escape(word));
            first = false;
        }
        return pattern.Append(@"(?!\w)").ToString();
    }

    /// <summary>Trigger matches in the text.</summary>
    public int Code(string text)
    {
        var found = 0;
        foreach (var trigger in triggers) found += trigger.Count(text);
        return found;
    }
}
