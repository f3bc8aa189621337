using System.Text;

namespace Dyad.Tests;

/// <summary>Writes broken and hostile inputs beside good ones, and says which failure line each should give.</summary>
internal static class HostileFiles
{
    /// <summary>Writes the files into <paramref name="folder"/>; returns (path, problem) for each failure line expected.</summary>
    public static List<(string Path, string Problem)> Write(string folder)
    {
        string At(string name) => Path.Combine(folder, name);
        File.Copy(Repo.Seed("002"), At("a_good.txt"));
        File.WriteAllText(At("z_good.html"), WarcReaderTests.AsHtml(File.ReadAllText(Repo.Seed("000"))));
        // Not UTF-8: read as windows-1252, the web's legacy default, as the README says; not a failure.
        File.WriteAllBytes(At("b_windows_1252.txt"), [.. "Caf"u8, 0xE9, .. " \u2014 Russia and Cuba held talks in Havana on Monday, "u8, 0x93, .. "said"u8, 0x94, .. ".\n"u8]);
        var random = new Random(3);
        var binary = new byte[5000];
        random.NextBytes(binary);
        binary[10] = 0;
        File.WriteAllBytes(At("c_binary.bin"), binary);
        File.WriteAllBytes(At("d_empty.txt"), []);
        using (var line = new StreamWriter(At("e_one_line.txt"), false, new UTF8Encoding(false)))
            for (var written = 0; written < 50 * 1024 * 1024; written += 32) line.Write("Russia and Cuba talked at last. ");
        File.Move(TruncatedJsonLines(folder), At("f_truncated.jsonl.gz"));
        var warc = WarcReaderTests.Gzip(WarcReaderTests.SeedResponse("004", 0)).Concat(WarcReaderTests.Gzip(WarcReaderTests.SeedResponse("001", 1))).ToArray();
        File.WriteAllBytes(At("g_truncated.warc.gz"), warc[..^600]);
        var badLength = Encoding.ASCII.GetBytes("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/bad\r\nContent-Length: 12x4\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html></html>\r\n\r\n");
        var malformed = Encoding.ASCII.GetBytes("WARC/1.0\r\nWARC-Type: response\r\nthis line has no colon\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n");
        File.WriteAllBytes(At("h_malformed.warc"), [.. badLength, .. malformed, .. WarcReaderTests.SeedResponse("003", 3)]);
        File.WriteAllText(At("i_nested.html"), NestedHtml(10_000));
        File.CreateSymbolicLink(At("j_loop_a"), At("j_loop_b"));
        File.CreateSymbolicLink(At("j_loop_b"), At("j_loop_a"));
        File.CreateSymbolicLink(At("k_dangling.txt"), At("nowhere.txt"));
        Directory.CreateSymbolicLink(At("l_up"), folder);
        File.WriteAllText(At("m_not_gzip.jsonl.gz"), "{\"id\":\"x\",\"text\":\"plain text with a .gz name\"}\n");
        File.WriteAllText(At("n_bad.jsonl"), "{\"id\":\"n1\",\"text\":\"Russia and Cuba held talks.\"}\n{\"id\":\"n2\", \"text\": broken\n");
        return
        [
            (At("c_binary.bin"), "binary file, not text or HTML"),
            (At("d_empty.txt"), "empty file"),
            (At("e_one_line.txt"), "52,428,800 bytes is over the 8 MB limit for one document"),
            (At("f_truncated.jsonl.gz"), "the gzip data ends in the middle of a record: the file is truncated"),
            (At("g_truncated.warc.gz"), "(https://example.org/page/1): truncated"),
            (At("h_malformed.warc"), "bad Content-Length '12x4'"),
            (At("h_malformed.warc"), "malformed header line 'this line has no colon'"),
            (At("j_loop_a"), "symbolic link loop"),
            (At("j_loop_b"), "symbolic link loop"),
            (At("k_dangling.txt"), "which does not exist"),
            (At("l_up"), "symbolic link loop: leads back to"),
            (At("m_not_gzip.jsonl.gz"), "line 1: not gzip data, or a damaged gzip header"),
            (At("n_bad.jsonl"), "line 2: invalid JSON"),
        ];
    }

    /// <summary>A .jsonl.gz of 2,000 records cut in the middle of its compressed data; returns its path.</summary>
    public static string TruncatedJsonLines(string folder)
    {
        var lines = string.Concat(Enumerable.Range(1, 2000).Select(i => $"{{\"id\":\"r{i}\",\"text\":\"Russia and Cuba held talks in Havana on Monday, meeting number {i}.\"}}\n"));
        var gzip = WarcReaderTests.Gzip(Encoding.UTF8.GetBytes(lines));
        var path = Path.Combine(folder, "cut.jsonl.gz");
        File.WriteAllBytes(path, gzip[..(gzip.Length / 2)]);
        return path;
    }

    /// <summary>A page whose paragraph sits inside <paramref name="depth"/> nested elements of several kinds.</summary>
    public static string NestedHtml(int depth)
    {
        string[] tags = ["div", "span", "section", "b", "em"];
        var html = new StringBuilder("<!doctype html><html><head><title>Deep</title></head><body>");
        for (var i = 0; i < depth; i++) html.Append('<').Append(tags[i % tags.Length]).Append('>');
        html.Append("<p>Russia and Cuba held talks in Havana.</p>");
        for (var i = depth - 1; i >= 0; i--) html.Append("</").Append(tags[i % tags.Length]).Append('>');
        return html.Append("</body></html>").ToString();
    }
}
