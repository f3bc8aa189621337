using System.IO.Compression;

namespace Dyad.Bench;

/// <summary>
/// Real news pages, when ../shared/corpus/html/fundus is beside the clone: full-size HTML from many sites and languages,
/// the kind of page a crawl is made of (the recombined corpus's pages are small and all alike).
/// </summary>
public sealed record RealPages(string Folder, int Pages, long Bytes)
{
    public static RealPages Copy(string fundus, string folder)
    {
        Directory.CreateDirectory(folder);
        if (!Directory.Exists(fundus)) return new RealPages(folder, 0, 0);
        long bytes = 0;
        var pages = 0;
        foreach (var gz in Directory.EnumerateFiles(fundus, "*.html.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(folder, $"{pages++:D4}_{Path.GetFileNameWithoutExtension(gz)}");
            using (var input = new GZipStream(File.OpenRead(gz), CompressionMode.Decompress))
            using (var output = File.Create(target))
                input.CopyTo(output);
            bytes += new FileInfo(target).Length;
        }
        return new RealPages(folder, pages, bytes);
    }
}
