using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text;
using Dyad.Extraction;
using Dyad.Ingest;

namespace Dyad.Tests;

/// <summary>
/// Broken and hostile inputs: each gives one line on stderr naming the file and the problem, the exit code says
/// that some inputs failed, and everything else in the batch is stored.
/// </summary>
[UnsupportedOSPlatform("windows")]
public class HostileInputTests
{
    private const int Nobody = 65534;

    [Fact]
    public void Every_kind_of_broken_input_is_one_line_exit_1_and_the_rest_is_stored()
    {
        using var dir = new TempDir();
        var input = Directory.CreateDirectory(dir.File("in")).FullName;
        string In(string name) => Path.Combine(input, name);
        var expected = HostileFiles.Write(input);
        var asNobody = RunningAsRoot() && File.Exists("/usr/bin/setpriv");
        if (!RunningAsRoot() || asNobody)
        {
            File.WriteAllText(In("u_unreadable.txt"), "Russia and Cuba held talks.");
            File.SetUnixFileMode(In("u_unreadable.txt"), UnixFileMode.None);
            Directory.CreateDirectory(In("v_unreadable_folder"));
            File.WriteAllText(In("v_unreadable_folder/inside.txt"), "Russia and Cuba held talks.");
            File.SetUnixFileMode(In("v_unreadable_folder"), UnixFileMode.None);
            expected.Add((In("u_unreadable.txt"), "cannot read: permission denied"));
            expected.Add((In("v_unreadable_folder"), "cannot list folder: permission denied"));
        }
        // As root, permissions do not stop reads: the CLI then runs as nobody, who may write only the store's folder.
        var storeFolder = Directory.CreateDirectory(dir.File("store")).FullName;
        if (asNobody)
        {
            foreach (var d in new[] { dir.Path, input, storeFolder }) File.SetUnixFileMode(d, (UnixFileMode)0b111_111_111);
        }

        var (exit, stdout, stderr) = RunCli(dir.Path, ["ingest", input, "--store", Path.Combine(storeFolder, "s.duckdb"), "--quiet"], asNobody ? Nobody : null);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(exit == 1, $"exit {exit}\n{stdout}\n{stderr}");
        foreach (var (path, problem) in expected)
            Assert.True(lines.Count(l => l.StartsWith($"dyad: {path}", StringComparison.Ordinal) && l.Contains(problem)) == 1,
                $"expected one line for {path}: {problem}\n{stderr}");
        Assert.Equal(expected.Count, lines.Length);

        // Stored: the two good pages, the legacy-encoded one, the deeply nested page, and the records before each cut.
        var store = Path.Combine(storeFolder, "s.duckdb");
        var ids = StoreFile.Query(store, "SELECT id FROM documents").Select(r => (string)r[0]!).ToList();
        Assert.Contains("a_good.txt", ids);
        Assert.Contains("b_windows_1252.txt", ids);
        Assert.Contains("i_nested.html", ids);
        Assert.Contains("z_good.html", ids);
        Assert.Contains("https://example.org/page/0", ids); // the whole record before the cut in g_truncated.warc.gz
        Assert.Contains("https://example.org/page/3", ids); // the record after the malformed ones in h_malformed.warc
        Assert.Contains("r1", ids); // the first records of f_truncated.jsonl.gz
        Assert.Contains($"{ids.Count} stored", stdout);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        using var dir = new TempDir();
        var path = dir.File("one_line.txt");
        using (var file = File.Create(path)) file.SetLength(50L * 1024 * 1024); // sparse: no 50 MB written
        var before = GC.GetAllocatedBytesForCurrentThread();
        var failure = Assert.Single(DocumentReader.Read([path])).Failure;
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1024 * 1024, "the file was read");
        Assert.Equal("52,428,800 bytes is over the 8 MB limit for one document", failure!.Problem);
    }

    [Fact]
    public void A_truncated_json_lines_gzip_says_so_after_the_whole_records()
    {
        using var dir = new TempDir();
        var results = JsonLinesReader.Read(HostileFiles.TruncatedJsonLines(dir.Path)).ToList();
        Assert.True(results.Count(r => r.Document is not null) > 100);
        var failure = Assert.Single(results, r => r.Failure is not null).Failure!;
        Assert.Matches(@"^line \d+: the gzip data ends in the middle of a record: the file is truncated$", failure.Problem);
        Assert.Same(failure, results[^1].Failure);
    }

    [Fact]
    public void A_whole_json_lines_gzip_without_a_final_line_break_is_not_called_truncated()
    {
        using var dir = new TempDir();
        var path = dir.File("whole.jsonl.gz");
        File.WriteAllBytes(path, WarcReaderTests.Gzip("{\"id\":\"a\",\"text\":\"Russia and Cuba held talks.\"}"u8.ToArray()));
        Assert.Equal("a", Assert.Single(JsonLinesReader.Read(path)).Document!.Id);
    }

    [Fact]
    public void Tags_nested_as_deep_as_the_guard_allows_parse_on_a_worker_threads_stack()
    {
        // The parser and the main-content scorer recurse once per level; the guard keeps that within the 1.5 MB
        // that .NET gives the threads it starts (an overflow would take the whole process down, no catch can stop it).
        var page = OnStack(1536, () => HtmlPage.Parse(HostileFiles.NestedHtml(HtmlNesting.MaxDepth - 10)));
        Assert.Contains("Russia and Cuba held talks in Havana.", page.Text);
    }

    [Fact]
    public void A_hundred_thousand_nested_tags_are_read_as_text_in_moments()
    {
        // Parsing this into a DOM takes minutes: the time grows with the square of the depth.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var page = OnStack(256, () => HtmlPage.Parse(HostileFiles.NestedHtml(100_000)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal("Deep\nRussia and Cuba held talks in Havana.\n", page.Text);
        Assert.Equal("Deep", page.Title);
    }

    private static T OnStack<T>(int kilobytes, Func<T> work)
    {
        T? result = default;
        var thread = new Thread(() => result = work(), kilobytes * 1024);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromMinutes(1)), "did not finish");
        return result!;
    }

    [Fact]
    public void Symbolic_link_loops_and_dangling_links_are_one_failure_each()
    {
        using var dir = new TempDir();
        File.Copy(Repo.Seed("002"), dir.File("good.txt"));
        File.CreateSymbolicLink(dir.File("loop_a"), dir.File("loop_b"));
        File.CreateSymbolicLink(dir.File("loop_b"), dir.File("loop_a"));
        Directory.CreateSymbolicLink(dir.File("sub_up"), dir.Path);
        File.CreateSymbolicLink(dir.File("z_dangling.txt"), dir.File("nowhere.txt"));
        Directory.CreateDirectory(dir.File("sub"));
        File.CreateSymbolicLink(dir.File("sub/linked.txt"), Repo.Seed("003"));

        var results = DocumentReader.Read([dir.Path, dir.File("loop_a")]).ToList();
        Assert.Equal(["good.txt", "linked.txt"], results.Where(r => r.Document is not null).Select(r => r.Document!.Id));
        Assert.Equal(
        [
            $"{dir.File("loop_a")}: symbolic link loop (too many levels of symbolic links)",
            $"{dir.File("loop_b")}: symbolic link loop (too many levels of symbolic links)",
            $"{dir.File("sub_up")}: symbolic link loop: leads back to {dir.Path}",
            $"{dir.File("z_dangling.txt")}: symbolic link to {dir.File("nowhere.txt")}, which does not exist",
            $"{dir.File("loop_a")}: symbolic link loop (too many levels of symbolic links)",
        ], results.Where(r => r.Failure is not null).Select(r => r.Failure!.ToString()));
    }

    [Fact]
    public async Task A_fifo_in_a_folder_does_not_block_the_reader()
    {
        using var dir = new TempDir();
        File.Copy(Repo.Seed("002"), dir.File("good.txt"));
        using (var mkfifo = Process.Start("mkfifo", dir.File("pipe.txt"))) await mkfifo.WaitForExitAsync();
        var results = await Task.Run(() => DocumentReader.Read([dir.Path]).ToList()).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("good.txt", Assert.Single(results, r => r.Document is not null).Document!.Id);
        Assert.Equal("empty file", Assert.Single(results, r => r.Failure is not null).Failure!.Problem);
    }

    [Fact]
    public void Folders_are_walked_in_the_order_of_their_sorted_paths()
    {
        using var dir = new TempDir();
        foreach (var name in new[] { "b.txt", "a/z.txt", "a.txt", "a/b/c.txt", "a-b.txt" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(dir.File(name))!);
            File.WriteAllText(dir.File(name), $"Russia and Cuba held talks about {name}.");
        }
        var read = DocumentReader.Read([dir.Path]).Select(r => Path.GetRelativePath(dir.Path, r.Document!.Origin)).ToList();
        Assert.Equal(read.Order(StringComparer.Ordinal), read);
        Assert.Equal(["a-b.txt", "a.txt", "a/b/c.txt", "a/z.txt", "b.txt"], read);
    }

    private static bool RunningAsRoot()
    {
        using var probe = new TempDir();
        File.WriteAllText(probe.File("probe"), "x");
        File.SetUnixFileMode(probe.File("probe"), UnixFileMode.None);
        try
        {
            File.ReadAllBytes(probe.File("probe"));
            return true;
        }
        catch (UnauthorizedAccessException) { return false; }
    }

    private static (int Exit, string Out, string Err) RunCli(string workDir, string[] args, int? asUser)
    {
        using var cli = new CliProcess(workDir, args, asUser);
        return cli.WaitForExit(TimeSpan.FromMinutes(5));
    }
}
