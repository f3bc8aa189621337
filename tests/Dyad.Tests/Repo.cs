using System.Diagnostics;
using Dyad.Ingest;

namespace Dyad.Tests;

/// <summary>Paths of the repository and of ../shared, and one pipeline shared by the tests (it is read-only).</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();
    public static string Seeds => Path.Combine(Root, "samples", "seeds");
    public static string Gold => Path.Combine(Root, "samples", "seeds.gold.jsonl");
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static readonly Lazy<DyadPipeline> SharedPipeline = new(() => new DyadPipeline());
    public static DyadPipeline Pipeline => SharedPipeline.Value;

    public static string Seed(string prefix) => Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    public static RawDocument ReadSeed(string prefix) => DocumentReader.ReadFile(Seed(prefix)).Single().Document!;

    public static ProcessedDocument ProcessSeed(string prefix) => Pipeline.Process(ReadSeed(prefix));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root (Dyad.slnx) not found");
    }

    /// <summary>Runs the real CLI as a separate process, as a user would.</summary>
    public static (int Exit, string Out, string Err) Cli(string workDir, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dyad.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DYAD_DATA"] = Path.Combine(Root, "data");
        psi.Environment.Remove("DYAD_STORE");
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A fresh folder for one test, removed afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("dyad-test-").FullName;
    public string File(string name) => System.IO.Path.Combine(Path, name);
    public void Dispose() { try { Directory.Delete(Path, true); } catch (IOException) { } }
}
