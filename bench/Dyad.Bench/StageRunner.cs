using System.Diagnostics;
using System.Reflection;
using Dyad.Store;

namespace Dyad.Bench;

/// <summary>
/// Starts this program again to measure one stage on a given number of cores: the child sees only those cores
/// (taskset, and DOTNET_PROCESSOR_COUNT for .NET's own thread counts), and its peak memory is that stage's alone.
/// </summary>
public static class StageRunner
{
    public static StageResult Run(string stage, string input, int cores, CorpusPaths corpus, int batchSize = IngestJob.DefaultBatchSize)
    {
        var dotnet = Environment.ProcessPath!;
        var psi = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true };
        if (File.Exists("/usr/bin/taskset"))
        {
            psi.FileName = "/usr/bin/taskset";
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add(cores == 1 ? "0" : $"0-{cores - 1}");
            psi.ArgumentList.Add(dotnet);
        }
        else psi.FileName = dotnet;
        if (Path.GetFileNameWithoutExtension(dotnet) == "dotnet") psi.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        foreach (var a in new[] { "--stage", stage, "--input", input, "--cores", cores.ToString(), "--batch", batchSize.ToString(), "--repo", corpus.Repo, "--text", corpus.Text, "--html", corpus.Html, "--warc", corpus.Warc, "--real", corpus.Real })
            psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_PROCESSOR_COUNT"] = cores.ToString();
        psi.Environment["DYAD_DATA"] = Path.Combine(corpus.Repo, "data");
        // As the dyad launcher sets it (see the script): the programs are measured as users run them.
        psi.Environment["DOTNET_TieredPGO_InstrumentOnlyHotCode"] = "0";
        using var child = Process.Start(psi)!;
        var stderr = child.StandardError.ReadToEndAsync();
        var stdout = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return stdout.Split('\n').Select(StageResult.Parse).LastOrDefault(r => r is not null)
               ?? throw new InvalidOperationException($"stage {stage} ({input}, {cores} cores) failed with exit code {child.ExitCode}:\n{stderr.Result}{stdout}");
    }

    /// <summary>The child's side: the arguments the parent passed, the measurement on stdout.</summary>
    public static int Child(string[] args)
    {
        string Arg(string name) => args[Array.IndexOf(args, name) + 1];
        var corpus = new CorpusPaths(Arg("--repo"), Arg("--text"), Arg("--html"), Arg("--warc"), Arg("--real"));
        Console.WriteLine(Stages.Run(Arg("--stage"), Arg("--input"), corpus, int.Parse(Arg("--cores")), int.Parse(Arg("--batch"))));
        return 0;
    }
}
