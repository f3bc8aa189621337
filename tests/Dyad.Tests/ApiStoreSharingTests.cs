using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Dyad.Store;

namespace Dyad.Tests;

/// <summary>
/// DuckDB lets one process write a store or several read it. `dyad serve` opens it per request, so `dyad ingest`
/// can run while the server is up: each waits for the other, and the server answers 503 rather than fail.
/// </summary>
public class ApiStoreSharingTests
{
    [Fact]
    public async Task Ingest_runs_while_the_server_answers()
    {
        using var dir = new TempDir();
        var store = dir.File("dyad.duckdb");
        Assert.Equal(0, Repo.Cli(dir.Path, "ingest", Repo.Seed("000"), "--quiet", "--store", store).Exit);
        using var server = new ApiServer(dir.Path, store);

        // Two clients ask all the time while the other four seeds are ingested.
        var statuses = new List<HttpStatusCode>();
        using var stop = new CancellationTokenSource();
        async Task Ask(string path)
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await server.Http.GetAsync(path);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    Assert.Contains("error", JsonDocument.Parse(body).RootElement.EnumerateObject().Select(p => p.Name));
                    Assert.True(response.Headers.RetryAfter is not null, "503 says when to retry");
                }
                lock (statuses) statuses.Add(response.StatusCode);
            }
        }
        var clients = new[] { Task.Run(() => Ask("api/events?page_size=5")), Task.Run(() => Ask("api/health")) };
        var others = new[] { "001", "002", "003", "004" }.Select(Repo.Seed).ToArray();
        var ingest = await Task.Run(() => Repo.Cli(dir.Path, ["ingest", .. others, "--quiet", "--store", store]));
        await Task.Delay(300);
        stop.Cancel();
        await Task.WhenAll(clients);

        Assert.True(ingest.Exit == 0, ingest.Out + ingest.Err);
        Assert.Contains("4 stored", ingest.Out);
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"got {s}"));
        var health = JsonDocument.Parse(await server.Http.GetStringAsync("api/health")).RootElement;
        Assert.Equal(5, health.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task A_reader_waits_for_a_writer_to_let_go()
    {
        using var dir = new TempDir();
        var store = dir.File("dyad.duckdb");
        Assert.Equal(0, Repo.Cli(dir.Path, "ingest", Repo.Seed("002"), "--quiet", "--store", store).Exit);
        var clock = Stopwatch.StartNew();
        var writer = EventStore.Open(store);
        // Let go after two seconds, while `dyad events` is waiting for the file.
        var release = Task.Run(async () => { await Task.Delay(2000); writer.Dispose(); });
        var events = await Task.Run(() => Repo.Cli(dir.Path, "events", "--store", store, "--format", "jsonl"));
        await release;
        Assert.True(events.Exit == 0, events.Err);
        Assert.NotEmpty(events.Out.Trim());
        Assert.True(clock.Elapsed > TimeSpan.FromSeconds(1.5), "the reader waited for the writer");
    }

    [Fact]
    public async Task Opening_a_held_store_gives_up_after_the_wait_with_a_clear_message()
    {
        using var dir = new TempDir();
        var store = dir.File("dyad.duckdb");
        Assert.Equal(0, Repo.Cli(dir.Path, "ingest", Repo.Seed("002"), "--quiet", "--store", store).Exit);
        using var server = new ApiServer(dir.Path, store);
        // The server only holds the store during a request; hold it here, in this process, as a writer would.
        using var writer = EventStore.Open(store);
        using var response = await server.Http.GetAsync("api/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("dyad ingest", await response.Content.ReadAsStringAsync());
    }
}
