namespace Dyad.Languages;

/// <summary>Finds the <c>data/</c> folder: DYAD_DATA, else the copy beside the binaries, else the repository's.</summary>
public static class DataDirectory
{
    public static string Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("DYAD_DATA");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv)) return fromEnv;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "common", "cameo.tsv"))) return candidate;
        }
        throw new DirectoryNotFoundException("Dyad's data/ folder was not found; set DYAD_DATA to its path.");
    }
}
