using System.Text.Json;

namespace Dyad.Tests;

/// <summary>The README's commands, run as a user runs them, against a temporary store.</summary>
public class CliTests
{
    [Fact]
    public void Ingest_then_events_stats_and_export_work_on_the_seeds()
    {
        using var dir = new TempDir();
        var ingest = Repo.Cli(dir.Path, "ingest", Repo.Seeds);
        Assert.Equal(0, ingest.Exit);
        Assert.Matches(@"5 documents read, 5 stored, 0 skipped as duplicates, 0 failed, \d+ events found", ingest.Out);
        Assert.True(File.Exists(dir.File("dyad.duckdb")));

        var again = Repo.Cli(dir.Path, "ingest", Repo.Seeds, "--quiet");
        Assert.Contains("5 documents read, 0 stored, 5 skipped as duplicates", again.Out);

        var stats = JsonDocument.Parse(Repo.Cli(dir.Path, "stats", "--format", "json").Out).RootElement;
        Assert.Equal(5, stats.GetProperty("documents").GetInt32());
        Assert.Equal(5, stats.GetProperty("duplicates").GetInt32());
        Assert.True(stats.GetProperty("events").GetInt32() > 0);

        var lines = Repo.Cli(dir.Path, "events", "--source", "RUS", "--target", "CUB", "--format", "jsonl").Out
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal("RUS", JsonDocument.Parse(l).RootElement.GetProperty("source").GetProperty("country").GetString()));

        var export = Repo.Cli(dir.Path, "export", "--format", "gdelt", "-o", dir.File("events.tsv"));
        Assert.Equal(0, export.Exit);
        Assert.Equal(stats.GetProperty("events").GetInt32(), File.ReadAllLines(dir.File("events.tsv")).Length);
    }

    [Fact]
    public void Explain_marks_trigger_and_actors_in_the_sentence()
    {
        using var dir = new TempDir();
        Repo.Cli(dir.Path, "ingest", Repo.Seed("002"), "--quiet");
        var first = Repo.Cli(dir.Path, "events", "--format", "jsonl").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).First();
        var id = JsonDocument.Parse(first).RootElement.GetProperty("event_id").GetString()!;
        var explain = Repo.Cli(dir.Path, "explain", id);
        Assert.Equal(0, explain.Exit);
        Assert.Contains("[", explain.Out);
        Assert.Contains("{", explain.Out);
        Assert.Contains("lexicon:", explain.Out);
        Assert.Contains("date:", explain.Out);
    }

    [Fact]
    public void A_bad_input_is_one_line_on_stderr_exit_1_and_the_rest_is_stored()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("empty.txt"), "");
        var run = Repo.Cli(dir.Path, "ingest", dir.File("empty.txt"), Repo.Seed("003"), "--quiet");
        Assert.Equal(1, run.Exit);
        Assert.Equal($"dyad: {dir.File("empty.txt")}: empty file", run.Err.Trim());
        Assert.Contains("1 documents read, 1 stored", run.Out);
    }

    [Fact]
    public void Reading_an_absent_store_says_so()
    {
        using var dir = new TempDir();
        var run = Repo.Cli(dir.Path, "events", "--store", dir.File("none.duckdb"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("no store here yet", run.Err);
    }

    [Fact]
    public void Eval_on_the_seeds_meets_the_foundation_targets()
    {
        var run = Repo.Cli(Repo.Root, "eval", "--gold", Repo.Gold, Repo.Seeds);
        Assert.Equal(0, run.Exit);
        var events = System.Text.RegularExpressions.Regex.Match(run.Out, @"events:\s+precision ([\d.]+)\s+recall ([\d.]+)\s+F1 ([\d.]+)");
        var lines = System.Text.RegularExpressions.Regex.Match(run.Out, @"extraction: precision ([\d.]+)\s+recall ([\d.]+)\s+F1 ([\d.]+)");
        Assert.True(double.Parse(events.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) >= 0.60, run.Out);
        Assert.True(double.Parse(lines.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) >= 0.90, run.Out);
    }
}
