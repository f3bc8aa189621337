namespace Dyad.Ingest;

/// <summary>
/// Walks a folder tree one folder at a time, in the order of its sorted full paths, so that a crawl of millions of
/// files is never listed in memory at once. Symbolic links are followed; a link that loops or leads nowhere, a
/// folder that cannot be listed and one nested too deep each become one failure, and the walk goes on.
/// Hidden entries (names starting with '.') are skipped.
/// </summary>
internal static class FolderWalker
{
    /// <summary>Deeper than any real crawl layout; what is deeper is a loop the link checks cannot see (bind mounts).</summary>
    public const int MaxDepth = 100;

    public static IEnumerable<ReadResult> Read(string folder)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        return Walk(new DirectoryInfo(folder), RealPath(new DirectoryInfo(folder)), [], visited, 0);
    }

    /// <summary>Why a path that is a symbolic link cannot be followed, or null when it is no link or resolves.</summary>
    public static string? BrokenLink(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is null) return null;
        try
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is null || target.Exists || Directory.Exists(target.FullName) ? null : $"symbolic link to {target.FullName}, which does not exist";
        }
        catch (IOException) { return "symbolic link loop (too many levels of symbolic links)"; }
    }

    private static IEnumerable<ReadResult> Walk(DirectoryInfo folder, string real, List<string> ancestors, HashSet<string> visited, int depth)
    {
        if (!visited.Add(real)) yield break; // reached again through another link: its files are read once
        List<FileSystemInfo> entries;
        string? problem = null;
        try
        {
            var options = new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = 0, RecurseSubdirectories = false };
            entries = folder.EnumerateFileSystemInfos("*", options).Where(e => !e.Name.StartsWith('.')).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            entries = [];
            problem = $"cannot list folder: {DocumentReader.Problem(e)}";
        }
        if (problem is not null) { yield return ReadResult.Fail(folder.FullName, problem); yield break; }

        // "a/x" sorts as "a/x/" so that the walk gives the order of the sorted full paths ("a/x.txt" before "a/x/b.txt").
        entries.Sort((a, b) => string.CompareOrdinal(SortKey(a), SortKey(b)));
        ancestors.Add(real);
        foreach (var entry in entries)
        {
            if (entry is FileInfo file)
            {
                // Only a link can loop or dangle; asking every file would cost a system call each.
                var link = file.Attributes.HasFlag(FileAttributes.ReparsePoint);
                if (link && BrokenLink(file.FullName) is { } broken) yield return ReadResult.Fail(file.FullName, broken);
                // A plain file's size came with its attributes; a link's is asked of its target when it is read.
                else foreach (var r in DocumentReader.ReadFile(file.FullName, link ? null : file.Length)) yield return r;
                continue;
            }
            var sub = (DirectoryInfo)entry;
            string subReal;
            try { subReal = sub.LinkTarget is null ? Path.Combine(real, sub.Name) : RealPath(sub); }
            catch (IOException) { subReal = ""; }
            if (subReal == "") { yield return ReadResult.Fail(sub.FullName, "symbolic link loop (too many levels of symbolic links)"); continue; }
            if (ancestors.Contains(subReal)) { yield return ReadResult.Fail(sub.FullName, $"symbolic link loop: leads back to {subReal}"); continue; }
            if (depth + 1 > MaxDepth) { yield return ReadResult.Fail(sub.FullName, $"folders nested deeper than {MaxDepth} levels; not read"); continue; }
            foreach (var r in Walk(sub, subReal, ancestors, visited, depth + 1)) yield return r;
        }
        ancestors.RemoveAt(ancestors.Count - 1);
    }

    private static string SortKey(FileSystemInfo e) => e is DirectoryInfo ? e.Name + "/" : e.Name;

    /// <summary>The folder's path with a final symbolic link resolved; enough to see a link that points back up the walk.</summary>
    private static string RealPath(DirectoryInfo folder) =>
        Path.TrimEndingDirectorySeparator(folder.LinkTarget is null ? folder.FullName : folder.ResolveLinkTarget(returnFinalTarget: true)!.FullName);
}
