using System.Text.Json;

namespace Dyad.Tests;

/// <summary>One store with the seeds ingested, shared by the command tests below (each only reads it).</summary>
public sealed class SeededStore : IDisposable
{
    private readonly TempDir dir = new();
    public string Path => dir.Path;
    public string Store => dir.File("dyad.duckdb");

    public SeededStore()
    {
        var ingest = Repo.Cli(dir.Path, "ingest", Repo.Seeds, "--quiet");
        if (ingest.Exit != 0) throw new InvalidOperationException(ingest.Out + ingest.Err);
    }

    public string File(string name) => dir.File(name);
    public void Dispose() => dir.Dispose();
}

/// <summary>`dyad timeline`, `dyad dyads`, `dyad actors --top` and `dyad search`, run as a user runs them.</summary>
public class TimelineCommandsTests(SeededStore seeded) : IClassFixture<SeededStore>
{
    private (int Exit, string Out, string Err) Dyad(params string[] args) => Repo.Cli(seeded.Path, args);

    private static List<JsonElement> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public void Timeline_counts_every_event_of_the_pair_once()
    {
        var events = Lines(Dyad("events", "--source", "RUS", "--target", "CUB", "--format", "jsonl").Out);
        foreach (var by in new[] { "day", "week", "month", "year" })
        {
            var run = Dyad("timeline", "RUS", "CUB", "--by", by, "--format", "jsonl");
            Assert.Equal(0, run.Exit);
            var rows = Lines(run.Out);
            Assert.Equal(JsonValueKind.Null, rows[^1].GetProperty("period").ValueKind);
            Assert.Equal(events.Count, rows.Sum(r => r.GetProperty("events").GetInt32()));
            Assert.Equal(events.Count(e => e.GetProperty("date").ValueKind == JsonValueKind.Null || e.GetProperty("date").GetString()!.StartsWith("XXXX")),
                rows[^1].GetProperty("events").GetInt32());
        }
    }

    [Fact]
    public void Timeline_table_and_csv_show_periods_and_the_events_without_a_year()
    {
        var table = Dyad("timeline", "RUS", "CUB", "--by", "year", "--both-directions");
        Assert.Equal(0, table.Exit);
        Assert.Contains("RUS ↔ CUB per year", table.Out);
        Assert.Contains("2024", table.Out);
        Assert.Contains("no year", table.Out);
        Assert.Matches(@"\d+ events, \d+ placed in \d+ periods, \d+ without a known year", table.Out);

        var csv = Dyad("timeline", "rus", "cub", "--by", "month", "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("period,start,end,verbal_cooperation", csv[0]);
        Assert.Contains(csv, l => l.StartsWith("2024-02,2024-02-01,2024-02-29,"));
        Assert.StartsWith("undated,,,", csv[^1]);
    }

    [Fact]
    public void Timeline_draws_png_and_svg_charts()
    {
        var png = seeded.File("rus-cub.png");
        Assert.Equal(0, Dyad("timeline", "RUS", "CUB", "--chart", png).Exit);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        Assert.True(bytes.Length > 10_000, "a real picture, not an empty canvas");

        var svg = seeded.File("rus-cub.svg");
        Assert.Equal(0, Dyad("timeline", "RUS", "CUB", "--by", "year", "--chart", svg).Exit);
        var text = File.ReadAllText(svg);
        Assert.Contains("<svg", text);
        Assert.Contains("RUS → CUB: events per year", text);

        var bad = Dyad("timeline", "RUS", "CUB", "--chart", seeded.File("chart.gif"));
        Assert.NotEqual(0, bad.Exit);
        Assert.Contains(".png or .svg", bad.Err + bad.Out);
    }

    [Fact]
    public void Dyads_rank_country_pairs_with_quad_counts()
    {
        var rows = Lines(Dyad("dyads", "--top", "3", "--format", "jsonl").Out);
        Assert.Equal(3, rows.Count);
        Assert.Equal(("RUS", "CUB"), (rows[0].GetProperty("source").GetString(), rows[0].GetProperty("target").GetString()));
        foreach (var r in rows)
            Assert.Equal(r.GetProperty("events").GetInt32(), new[] { "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict" }
                .Sum(q => r.GetProperty(q).GetInt32()));
        var table = Dyad("dyads", "--from", "2024", "--to", "2024");
        Assert.Equal(0, table.Exit);
        Assert.Contains("RUS", table.Out);
        Assert.DoesNotContain("USA", table.Out);
        Assert.NotEqual(0, Dyad("dyads", "--from", "2024-13").Exit);
    }

    [Fact]
    public void Actors_top_ranks_the_store_and_actors_text_still_reads_text()
    {
        var ranked = Lines(Dyad("actors", "--top", "2", "--format", "jsonl").Out);
        Assert.Equal(2, ranked.Count);
        Assert.Equal("RUS", ranked[0].GetProperty("actor").GetString());
        Assert.Contains("Vladimir Putin", ranked[0].GetProperty("people").EnumerateArray().Select(p => p.GetString()));
        var table = Dyad("actors", "--top", "3");
        Assert.Contains("Actors by events", table.Out);

        var text = Dyad("actors", "--text", "Russian Foreign Minister Sergey Lavrov met his Cuban counterpart.", "--format", "jsonl");
        Assert.Equal(0, text.Exit);
        Assert.Contains(Lines(text.Out), m => m.GetProperty("name").GetString() == "Sergey Lavrov");
    }

    [Fact]
    public void Search_finds_articles_without_diacritics_and_lists_their_events()
    {
        var hits = Lines(Dyad("search", "dien kremlin", "--format", "jsonl").Out);
        Assert.Equal("001_48ef228ddcb92081.txt", hits[0].GetProperty("doc").GetString());
        Assert.NotEqual(0, hits[0].GetProperty("events").GetArrayLength());

        var text = Dyad("search", "\"Sergey Lavrov\"");
        Assert.Equal(0, text.Exit);
        Assert.Contains("002_2f565f37f21d7d33.txt", text.Out);
        Assert.Contains("event ", text.Out);
        Assert.Contains("0 articles", Dyad("search", "zzzzqqq").Out);
        Assert.NotEqual(0, Dyad("search", " ").Exit);
    }
}
