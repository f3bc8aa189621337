namespace Dyad.Tests;

/// <summary>
/// `dyad ingest` killed with SIGKILL part-way, then run again, leaves the same store as one run that was never
/// interrupted; two runs on one store at once never corrupt it. These run the real CLI as separate processes.
/// </summary>
public class CrashSafetyTests
{
    private const int Articles = 1500;
    private const int BatchSize = 50;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    [Fact]
    public void An_ingest_killed_twice_and_run_again_stores_every_document_once_and_the_same_events()
    {
        using var dir = new TempDir();
        var input = dir.File("in");
        GeneratedArticles.Write(input, Articles, markerEvery: 100);
        var killed = dir.File("killed.duckdb");
        string[] ingest = ["ingest", input, "--store", killed, "--batch-size", BatchSize.ToString(), "--quiet"];
        var random = new Random(1);
        var storedAfterKills = new List<long>();
        for (var round = 0; round < 2; round++)
        {
            using (var run = new CliProcess(dir.Path, ingest))
            {
                // A marker's failure line comes after its batch is committed; the kill then lands in a later batch.
                Assert.True(run.WaitForErrLine(l => l.Contains("_marker.txt"), Patience), "no batch was stored");
                Thread.Sleep(random.Next(0, 400));
                run.Kill();
            }
            var stats = Repo.Cli(dir.Path, "stats", "--store", killed);
            Assert.True(stats.Exit == 0, $"the store did not open cleanly after SIGKILL: {stats.Err}");
            storedAfterKills.Add(Accounted(killed));
        }
        var final = Repo.Cli(dir.Path, ingest);
        Assert.Equal(1, final.Exit); // the markers are empty files
        Assert.All(final.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.EndsWith("_marker.txt: empty file", l));

        // The kills landed part-way, and left whole batches only.
        Assert.All(storedAfterKills, n => Assert.InRange(n, 1, Articles - 1));
        Assert.All(storedAfterKills, n => Assert.Equal(0, n % BatchSize));

        var clean = dir.File("clean.duckdb");
        Assert.Equal(1, Repo.Cli(dir.Path, "ingest", input, "--store", clean, "--batch-size", BatchSize.ToString(), "--quiet").Exit);
        AssertConsistent(killed, Articles);
        AssertConsistent(clean, Articles);
        foreach (var sql in new[]
                 {
                     "SELECT content_hash FROM documents",
                     "SELECT content_hash, distance FROM near_duplicates", // which of two equally near originals is named may differ
                     "SELECT event_id, doc, cameo, mentions FROM events",
                     "SELECT event_id, content_hash, sentence_start, sentence_end, trigger_start FROM mentions",
                 })
            Assert.Equal(StoreFile.Rows(clean, sql), StoreFile.Rows(killed, sql));
    }

    [Fact]
    public void A_second_ingest_on_a_store_in_use_waits_or_fails_with_one_line_and_never_corrupts_it()
    {
        using var dir = new TempDir();
        var input = dir.File("in");
        GeneratedArticles.Write(input, Articles, markerEvery: 100);
        var store = dir.File("shared.duckdb");
        using var first = new CliProcess(dir.Path, ["ingest", input, "--store", store, "--batch-size", BatchSize.ToString(), "--quiet"]);
        Assert.True(first.WaitForErrLine(l => l.Contains("_marker.txt"), Patience), "the first run stored nothing");

        // The first run holds the store now.
        var second = Repo.Cli(dir.Path, "ingest", Repo.Seed("002"), "--store", store, "--quiet");
        var firstRun = first.WaitForExit(Patience);
        Assert.Equal(1, firstRun.Exit);
        var seedStored = StoreFile.Count(store, "SELECT count(*) FROM documents WHERE id LIKE '002_%'");
        if (second.Exit == 0)
        {
            // It waited for the first run to finish, then stored its page.
            Assert.Equal(1, seedStored);
            Assert.Contains("1 documents read, 1 stored", second.Out);
        }
        else
        {
            Assert.Equal(2, second.Exit);
            var line = Assert.Single(second.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal($"dyad: {store}: the store is in use by another Dyad process; wait for it to finish or use another --store", line);
            Assert.Equal(0, seedStored);
        }
        AssertConsistent(store, Articles + (int)seedStored);
    }

    /// <summary>Documents stored plus those recorded as near copies of a stored one: each input is one or the other.</summary>
    private static long Accounted(string store) =>
        StoreFile.Count(store, "SELECT count(*) FROM documents") + StoreFile.Count(store, "SELECT count(*) FROM near_duplicates");

    private static void AssertConsistent(string store, int documents)
    {
        Assert.Equal(documents, Accounted(store));
        Assert.Equal(0, StoreFile.Count(store, "SELECT count(*) - count(DISTINCT content_hash) FROM documents"));
        Assert.Equal(0, StoreFile.Count(store, "SELECT count(*) - count(DISTINCT content_hash) FROM near_duplicates"));
        Assert.Equal(0, StoreFile.Count(store, "SELECT count(*) FROM near_duplicates WHERE content_hash IN (SELECT content_hash FROM documents)"));
        Assert.Equal(0, StoreFile.Count(store, "SELECT count(*) - count(DISTINCT event_id) FROM events"));
        Assert.True(StoreFile.Count(store, "SELECT count(*) FROM events") > 0, "no events were coded");
        // Every mention belongs to a stored event and a stored document, and none is written twice.
        Assert.Equal(0, StoreFile.Count(store, "SELECT count(*) FROM mentions WHERE event_id NOT IN (SELECT event_id FROM events)"));
        Assert.Equal(0, StoreFile.Count(store, "SELECT count(*) FROM mentions WHERE content_hash NOT IN (SELECT content_hash FROM documents)"));
        Assert.Equal(0, StoreFile.Count(store, """
            SELECT count(*) FROM (SELECT event_id, content_hash, sentence_start, trigger_start, count(*) AS n FROM mentions
                                  GROUP BY ALL HAVING n > 1)
            """));
        Assert.Equal(0, StoreFile.Count(store, "SELECT count(*) FROM events WHERE event_id NOT IN (SELECT event_id FROM mentions)"));
    }
}
