using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dyad.Tests;

/// <summary>
/// A real `dyad serve` process on 127.0.0.1 and a free port, over its own store. Stopped (killed) on Dispose.
/// </summary>
public sealed class ApiServer : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    public Uri BaseUrl { get; }
    public HttpClient Http { get; }
    public string Output { get { lock (output) return output.ToString(); } }

    public ApiServer(string workDir, string store)
    {
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Dyad.Cli.dll"), "serve", "--urls", BaseUrl.ToString().TrimEnd('/'), "--store", store })
            psi.ArgumentList.Add(a);
        psi.Environment["DYAD_DATA"] = Path.Combine(Repo.Root, "data");
        process = Process.Start(psi)!;
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        WaitUntilUp();
    }

    // The server is up when it answers /api/health at all; 30 s covers a cold start on a slow CI machine.
    private void WaitUntilUp()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"dyad serve exited with {process.ExitCode}:\n{Output}");
            try
            {
                using var response = Http.GetAsync("api/health").GetAwaiter().GetResult();
                return;
            }
            catch (HttpRequestException) { Thread.Sleep(200); }
        }
        throw new TimeoutException($"dyad serve did not answer within 30 s:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Http.Dispose();
        try { if (!process.HasExited) { process.Kill(entireProcessTree: true); process.WaitForExit(10_000); } }
        catch (InvalidOperationException) { }
        process.Dispose();
    }
}

/// <summary>One server over a store with the seeds ingested, shared by the API and dashboard tests.</summary>
public sealed class SeededServer : IDisposable
{
    private readonly TempDir dir = new();

    public string Store => dir.File("dyad.duckdb");
    public ApiServer Server { get; }

    public SeededServer()
    {
        var ingest = Repo.Cli(dir.Path, "ingest", Repo.Seeds, "--quiet", "--store", Store);
        if (ingest.Exit != 0) throw new InvalidOperationException($"ingest failed: {ingest.Out}{ingest.Err}");
        Server = new ApiServer(dir.Path, Store);
    }

    public void Dispose()
    {
        Server.Dispose();
        dir.Dispose();
    }
}

[CollectionDefinition("seeded server")]
public sealed class SeededServerCollection : ICollectionFixture<SeededServer>;
