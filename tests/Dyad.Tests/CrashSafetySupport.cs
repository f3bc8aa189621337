using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using DuckDB.NET.Data;

namespace Dyad.Tests;

/// <summary>
/// The CLI as a running process the test can watch and kill: its output lines arrive as they are written, so a
/// test can act on a progress line. <paramref name="asUser"/> runs it under another uid (setpriv), for tests that
/// need file permissions to bite while the suite runs as root.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process process;
    private readonly BlockingCollection<string> errLines = new();
    private readonly StringBuilder err = new(), stdout = new();

    public CliProcess(string workDir, string[] args, int? asUser = null)
    {
        var psi = new ProcessStartInfo(asUser is null ? "dotnet" : "setpriv") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true };
        if (asUser is { } uid)
            foreach (var a in new[] { $"--reuid={uid}", $"--regid={uid}", "--clear-groups", "dotnet" }) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dyad.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DYAD_DATA"] = Path.Combine(Repo.Root, "data");
        psi.Environment.Remove("DYAD_STORE");
        if (asUser is not null) psi.Environment["HOME"] = Path.GetTempPath();
        process = new Process { StartInfo = psi };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) { errLines.CompleteAdding(); return; }
            lock (err) err.AppendLine(e.Data);
            errLines.Add(e.Data);
        };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public int Id => process.Id;

    /// <summary>Waits for a line on stderr that matches; false when the process ended or the time ran out first.</summary>
    public bool WaitForErrLine(Func<string, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (!errLines.TryTake(out var line, TimeSpan.FromMilliseconds(100)))
            {
                if (errLines.IsCompleted) return false;
                continue;
            }
            if (match(line)) return true;
        }
        return false;
    }

    /// <summary>SIGKILL: no handler runs, no transaction is finished, no file is closed.</summary>
    public void Kill()
    {
        if (!process.HasExited) process.Kill();
        process.WaitForExit();
    }

    public (int Exit, string Out, string Err) WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            Kill();
            throw new TimeoutException($"dyad did not finish in {timeout}");
        }
        process.WaitForExit(); // drains the asynchronous readers
        lock (err) lock (stdout) return (process.ExitCode, stdout.ToString(), err.ToString());
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
        errLines.Dispose();
    }
}

/// <summary>Reads a store file directly with DuckDB, read-only, as any other client would.</summary>
internal static class StoreFile
{
    public static long Count(string path, string sql) => Convert.ToInt64(Query(path, sql).Single()[0]);

    public static List<object?[]> Query(string path, string sql)
    {
        using var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<object?[]>();
        while (r.Read())
        {
            var row = new object?[r.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Runs statements on the store file in one connection that may write, as an older release's store is remade.</summary>
    public static void Execute(string path, params string[] statements)
    {
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        foreach (var sql in statements)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Rows as text, sorted, for comparing two stores' contents.</summary>
    public static List<string> Rows(string path, string sql) =>
        Query(path, sql).Select(r => string.Join("|", r.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)))).Order(StringComparer.Ordinal).ToList();
}

/// <summary>
/// Thousands of distinct articles from the seeds' sentences: each a numbered headline, a date line and ten sentences
/// of one language drawn at random, so that they are neither equal nor near copies of each other.
/// </summary>
internal static class GeneratedArticles
{
    public static void Write(string folder, int count, int markerEvery = 0, int seed = 7)
    {
        Directory.CreateDirectory(folder);
        var pools = Directory.GetFiles(Repo.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllLines(f).Where(l => l.Length > 80 && !l.StartsWith('|'))
                .SelectMany(l => l.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Where(s => s.Length > 40).Select(s => s.TrimEnd('.') + ".").ToList())
            .GroupBy(sentences => sentences.Any(s => s.Contains('ư') || s.Contains('ờ')))
            .Select(g => g.SelectMany(s => s).Distinct().ToList()).ToList();
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var pool = pools[i % pools.Count];
            var day = new DateOnly(2015, 1, 1).AddDays(random.Next(3000));
            var text = new StringBuilder($"Bulletin {i}: {pool[random.Next(pool.Count)][..30]}\n\n{day:dd/MM/yyyy}\n\n");
            for (var s = 0; s < 10; s++) text.Append(pool[random.Next(pool.Count)]).Append(s % 3 == 2 ? "\n\n" : " ");
            File.WriteAllText(Path.Combine(folder, $"a_{i:D5}.txt"), text.ToString());
            // An empty file right after an article: its failure line is printed once the batch holding it is stored.
            if (markerEvery > 0 && i % markerEvery == 0) File.WriteAllText(Path.Combine(folder, $"a_{i:D5}_marker.txt"), "");
        }
    }
}
