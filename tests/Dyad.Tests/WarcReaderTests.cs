using System.IO.Compression;
using System.Text;
using Dyad.Ingest;
using Dyad.Text;

namespace Dyad.Tests;

public class WarcReaderTests
{
    private static string Shared(string file) => Path.Combine(Repo.Shared, "corpus", "warc", file);

    private sealed record Reading(List<RawDocument> Documents, List<string> Failures, List<string> Skips);

    private static Reading ReadAll(string path)
    {
        var skips = new List<string>();
        var results = WarcReader.Read(path, skips.Add).ToList();
        return new Reading(results.Where(r => r.Document is not null).Select(r => r.Document!).ToList(),
            results.Where(r => r.Failure is not null).Select(r => r.Failure!.Problem).ToList(), skips);
    }

    // ---- Real files from ../shared/corpus/warc ----

    [Fact]
    public void Common_crawl_warc_gives_its_one_html_response_dated_by_the_crawl()
    {
        var path = Shared("commoncrawl-whirlwind/whirlwind.warc.gz");
        var read = ReadAll(path);
        var doc = Assert.Single(read.Documents);
        Assert.Equal("https://an.wikipedia.org/wiki/Escopete", doc.Id);
        Assert.Equal(ContentKind.Html, doc.Kind);
        Assert.Equal("2024-05-18", doc.DeclaredDate?.ToIso());
        Assert.Equal("warc", doc.DeclaredDateSource);
        Assert.Equal(Path.GetFullPath(path) + "#1551", doc.Origin); // offset in the uncompressed archive
        Assert.StartsWith("<!DOCTYPE html>", doc.Content);
        Assert.Contains("<title>Escopete - Biquipedia, a enciclopedia libre</title>", doc.Content);
        Assert.EndsWith("</html>", doc.Content);
        Assert.Empty(read.Failures);
        Assert.Equal(["warcinfo record", "request record", "metadata record"], read.Skips);
    }

    [Fact]
    public void Common_crawl_wet_gives_its_conversion_record_as_text()
    {
        var read = ReadAll(Shared("commoncrawl-whirlwind/whirlwind.warc.wet.gz"));
        var doc = Assert.Single(read.Documents);
        Assert.Equal("https://an.wikipedia.org/wiki/Escopete", doc.Id);
        Assert.Equal(ContentKind.Text, doc.Kind);
        Assert.Equal("2024-05-18", doc.DeclaredDate?.ToIso());
        Assert.StartsWith("Escopete - Biquipedia, a enciclopedia libre\nIr al contenido\n", doc.Content);
        Assert.Empty(read.Failures);
        Assert.Equal(["warcinfo record"], read.Skips);
    }

    [Fact]
    public void Uncompressed_and_gzip_copies_give_the_same_document()
    {
        var plain = Assert.Single(ReadAll(Shared("commoncrawl-whirlwind/whirlwind.warc")).Documents);
        var gzip = Assert.Single(ReadAll(Shared("commoncrawl-whirlwind/whirlwind.warc.gz")).Documents);
        Assert.Equal(gzip.Content, plain.Content);
        Assert.EndsWith("#1375", plain.Origin);
    }

    [Fact]
    public void Example_warc_has_one_response_among_six_records_and_its_gzip_content_encoding_is_undone()
    {
        var read = ReadAll(Shared("warcio-testdata/example.warc.gz"));
        var doc = Assert.Single(read.Documents);
        Assert.Equal("http://example.com/", doc.Id);
        Assert.Equal("2017-03-06", doc.DeclaredDate?.ToIso());
        Assert.StartsWith("<!doctype html>", doc.Content);
        Assert.Contains("<title>Example Domain</title>", doc.Content);
        Assert.Empty(read.Failures);
        Assert.Equal(["warcinfo record", "warcinfo record", "request record", "revisit record", "request record"], read.Skips);
    }

    [Fact]
    public void A_file_that_is_one_gzip_stream_reads_like_one_member_per_record()
    {
        var perRecord = ReadAll(Shared("warcio-testdata/example.warc.gz"));
        var oneStream = ReadAll(Shared("warcio-testdata/example-bad-non-chunked.warc.gz"));
        Assert.Equal(perRecord.Documents.Select(d => (d.Id, d.Content)), oneStream.Documents.Select(d => (d.Id, d.Content)));
        Assert.Equal(perRecord.Skips, oneStream.Skips);
        Assert.Empty(oneStream.Failures);
    }

    [Fact]
    public void Chunked_transfer_encoding_is_decoded()
    {
        var read = ReadAll(Shared("warcio-testdata/example-iana.org-chunked.warc"));
        var doc = Assert.Single(read.Documents);
        Assert.Equal("http://www.iana.org/", doc.Id);
        Assert.StartsWith("<!doctype html>", doc.Content);
        Assert.EndsWith("</html>\n", doc.Content);
        Assert.DoesNotContain("001c37", doc.Content); // the chunk size line
        Assert.Empty(read.Failures);
        Assert.Equal(["warcinfo record", "request record"], read.Skips);
    }

    [Fact]
    public void A_wrong_content_length_is_one_failure_and_the_next_record_is_still_read()
    {
        var read = ReadAll(Shared("warcio-testdata/example-trunc.warc"));
        Assert.Empty(read.Documents);
        var failure = Assert.Single(read.Failures);
        Assert.Equal("record at offset 1197 (http://example.com/): Content-Length 973 is wrong: no blank line follows the block", failure);
        Assert.Equal(["warcinfo record", "warcinfo record", "request record"], read.Skips);
    }

    [Fact]
    public void Angle_brackets_that_wget_writes_around_the_target_uri_are_stripped()
    {
        var read = ReadAll(Shared("warcio-testdata/example-wget-bad-target-uri.warc.gz"));
        Assert.Equal("http://example.com/", Assert.Single(read.Documents).Id);
        Assert.Empty(read.Failures);
        Assert.Equal(["warcinfo record", "request record", "metadata record", "resource record", "resource record"], read.Skips);
    }

    [Fact]
    public void Gzip_members_that_do_not_match_record_boundaries_still_read()
    {
        var read = ReadAll(Shared("warcio-testdata/example-wrong-chunks.warc.gz"));
        var doc = Assert.Single(read.Documents);
        Assert.Equal(("http://example.com/", "2018-11-02"), (doc.Id, doc.DeclaredDate?.ToIso()));
        Assert.Empty(read.Failures);
        Assert.Equal(["request record"], read.Skips);
    }

    [Fact]
    public void Non_html_and_non_200_responses_and_resource_records_are_skipped_not_returned()
    {
        Assert.Equal(["not HTML (application/json)", "request record", "not HTML (application/json)", "request record", "not HTML (application/json)", "request record"],
            ReadAll(Shared("warcio-testdata/post-test.warc.gz")).Skips);
        var bad = ReadAll(Shared("warcio-testdata/example-bad.warc.gz.bad"));
        Assert.Equal("http://example.com?example=1", Assert.Single(bad.Documents).Id);
        Assert.Contains("HTTP 302", bad.Skips);
        Assert.Empty(ReadAll(Shared("warcio-testdata/example-resource.warc.gz")).Documents);
        Assert.Equal(4, ReadAll(Shared("warcio-testdata/example-digest.warc")).Skips.Count(s => s == "request record"));
    }

    [Fact]
    public void Arc_files_plain_and_gzip_give_their_response()
    {
        foreach (var name in new[] { "example.arc", "example.arc.gz" })
        {
            var read = ReadAll(Shared("warcio-testdata/" + name));
            var doc = Assert.Single(read.Documents);
            Assert.Equal(("http://example.com/", "2014-02-16", ContentKind.Html), (doc.Id, doc.DeclaredDate?.ToIso(), doc.Kind));
            Assert.Contains("<title>Example Domain</title>", doc.Content);
            Assert.Equal(["filedesc record"], read.Skips);
        }
    }

    [Fact]
    public void Arc_records_with_invalid_lengths_are_failures_not_exceptions()
    {
        var read = ReadAll(Shared("warcio-testdata/bad.arc"));
        Assert.Empty(read.Documents);
        Assert.Equal(2, read.Failures.Count);
        Assert.StartsWith("record at offset 0: expected an ARC record line, found 'filedesc://bad.arc.gz", read.Failures[0]);
        Assert.Equal(["not an HTTP response"], read.Skips); // the one record whose length is valid is text/plain
    }

    [Fact]
    public void Document_reader_sends_web_archives_here_by_extension()
    {
        var results = DocumentReader.Read([Shared("commoncrawl-whirlwind/whirlwind.warc.gz"), Shared("commoncrawl-whirlwind/whirlwind.warc.wet.gz"), Shared("warcio-testdata/example.arc")]).ToList();
        Assert.Equal(["https://an.wikipedia.org/wiki/Escopete", "https://an.wikipedia.org/wiki/Escopete", "http://example.com/"],
            results.Select(r => r.Document!.Id));
        // The Common Crawl folder: WARC and WET, plain and gzip, give a document each; WAT metadata gives none.
        var folder = DocumentReader.Read([Shared("commoncrawl-whirlwind")]).ToList();
        Assert.Equal(4, folder.Count);
        Assert.All(folder, r => Assert.Equal("https://an.wikipedia.org/wiki/Escopete", r.Document?.Id));
    }

    // ---- Archives built here from the seed pages ----

    [Fact]
    public void A_warc_and_a_wet_built_from_seed_pages_give_back_their_pages()
    {
        using var dir = new TempDir();
        var english = File.ReadAllText(Repo.Seed("002"));
        var vietnamese = File.ReadAllText(Repo.Seed("001"));
        var englishHtml = Encoding.UTF8.GetBytes(AsHtml(english));
        // The English page is sent gzip-compressed in two chunks, as many servers do.
        var compressed = Gzip(englishHtml);
        var chunked = Chunk(compressed[..100], compressed[100..]);
        WriteMembers(dir.File("crawl.warc.gz"),
            WarcFile.Record("warcinfo", null, "2024-02-21T00:00:00Z", "application/warc-fields", "software: Dyad tests\r\n"u8.ToArray()),
            WarcFile.Record("request", "https://tdi.example/russia-cuba", "2024-02-21T08:00:00Z", "application/http; msgtype=request", "GET /russia-cuba HTTP/1.1\r\n\r\n"u8.ToArray()),
            WarcFile.Record("response", "<https://tdi.example/russia-cuba>", "2024-02-21T08:00:01Z", "application/http; msgtype=response",
                WarcFile.Http("200 OK", "Content-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked", chunked)),
            WarcFile.Record("response", "https://baoquocte.example/putin-diaz-canel", "2022-11-02T23:59:59Z", "application/http; msgtype=response",
                WarcFile.Http("200 OK", "Content-Type: text/html", Encoding.UTF8.GetBytes(AsHtml(vietnamese)))),
            WarcFile.Record("response", "https://baoquocte.example/gone", "2022-11-03T00:00:00Z", "application/http; msgtype=response",
                WarcFile.Http("404 Not Found", "Content-Type: text/html", "<html><body>Not found</body></html>"u8.ToArray())),
            WarcFile.Record("response", "https://baoquocte.example/photo.png", "2022-11-03T00:00:00Z", "application/http; msgtype=response",
                WarcFile.Http("200 OK", "Content-Type: image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])));
        WriteMembers(dir.File("crawl.warc.wet.gz"),
            WarcFile.Record("warcinfo", null, "2024-02-22T00:00:00Z", "application/warc-fields", "isPartOf: tests\r\n"u8.ToArray()),
            WarcFile.Record("conversion", "https://baoquocte.example/putin-diaz-canel", "2022-11-02T23:59:59Z", "text/plain", File.ReadAllBytes(Repo.Seed("001"))),
            WarcFile.Record("conversion", "https://tdi.example/russia-cuba", "2024-02-21T08:00:01Z", "text/plain", File.ReadAllBytes(Repo.Seed("002"))));

        var warc = ReadAll(dir.File("crawl.warc.gz"));
        Assert.Empty(warc.Failures);
        Assert.Equal(["warcinfo record", "request record", "HTTP 404", "not HTML (image/png)"], warc.Skips);
        Assert.Equal([("https://tdi.example/russia-cuba", "2024-02-21", ContentKind.Html), ("https://baoquocte.example/putin-diaz-canel", "2022-11-02", ContentKind.Html)],
            warc.Documents.Select(d => (d.Id, d.DeclaredDate?.ToIso(), d.Kind)));
        Assert.Equal(TextNormalizer.Normalize(AsHtml(english)), warc.Documents[0].Content);
        Assert.Contains("<p>Tổng thống Nga hội đàm với Chủ tịch Cuba tại Điện Kremlin</p>", warc.Documents[1].Content);

        var wet = ReadAll(dir.File("crawl.warc.wet.gz"));
        Assert.Empty(wet.Failures);
        Assert.Equal([("https://baoquocte.example/putin-diaz-canel", "2022-11-02", ContentKind.Text), ("https://tdi.example/russia-cuba", "2024-02-21", ContentKind.Text)],
            wet.Documents.Select(d => (d.Id, d.DeclaredDate?.ToIso(), d.Kind)));
        Assert.Equal(Repo.ReadSeed("001").Content, wet.Documents[0].Content);
        Assert.Equal(Repo.ReadSeed("002").Content, wet.Documents[1].Content);

        // A folder of archives goes through the same reader.
        Assert.Equal(4, DocumentReader.Read([dir.Path]).Count(r => r.Document is not null));
    }

    [Fact]
    public void The_charset_of_the_http_header_decodes_a_legacy_page()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var dir = new TempDir();
        var body = Encoding.GetEncoding(1251).GetBytes("<html><body><p>Россия и Куба подписали соглашение.</p></body></html>");
        File.WriteAllBytes(dir.File("ru.warc"), WarcFile.Record("response", "https://ria.example/a", "2024-02-20T10:00:00Z", "application/http; msgtype=response",
            WarcFile.Http("200 OK", "Content-Type: text/html; charset=windows-1251", body)));
        Assert.Contains("Россия и Куба", Assert.Single(ReadAll(dir.File("ru.warc")).Documents).Content);
    }

    [Fact]
    public void A_file_cut_short_reports_the_truncated_record_after_the_whole_ones()
    {
        using var dir = new TempDir();
        var path = dir.File("cut.warc.gz");
        WriteMembers(path, SeedResponse("002", 0), SeedResponse("001", 1));
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^600]);
        var read = ReadAll(path);
        Assert.Equal("https://example.org/page/0", Assert.Single(read.Documents).Id);
        var failure = Assert.Single(read.Failures);
        Assert.Matches(@"^record at offset \d+ \(https://example.org/page/1\): truncated \(Content-Length \d+, \d+ bytes read\)$", failure);
    }

    [Fact]
    public void A_bad_content_length_or_a_malformed_header_fails_that_record_only()
    {
        using var dir = new TempDir();
        var badLength = Encoding.ASCII.GetBytes("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/bad\r\nContent-Length: 12x4\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html></html>\r\n\r\n");
        var malformed = Encoding.ASCII.GetBytes("WARC/1.0\r\nWARC-Type: response\r\nthis line has no colon\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n");
        var path = dir.File("mixed.warc");
        File.WriteAllBytes(path, [.. SeedResponse("002", 0), .. badLength, .. malformed, .. SeedResponse("003", 3)]);
        var read = ReadAll(path);
        Assert.Equal(["https://example.org/page/0", "https://example.org/page/3"], read.Documents.Select(d => d.Id));
        Assert.Equal(2, read.Failures.Count);
        Assert.EndsWith("(https://example.org/bad): bad Content-Length '12x4'", read.Failures[0]);
        Assert.EndsWith(": malformed header line 'this line has no colon'", read.Failures[1]);
    }

    [Fact]
    public void A_body_that_is_not_in_its_declared_content_encoding_is_a_failure()
    {
        using var dir = new TempDir();
        var path = dir.File("br.warc");
        File.WriteAllBytes(path, [.. WarcFile.Record("response", "https://example.org/br", "2024-01-01T00:00:00Z", "application/http",
            WarcFile.Http("200 OK", "Content-Type: text/html\r\nContent-Encoding: br", "<html><body>plain</body></html>"u8.ToArray())), .. SeedResponse("002", 1)]);
        var read = ReadAll(path);
        Assert.Equal("https://example.org/page/1", Assert.Single(read.Documents).Id);
        Assert.EndsWith("(https://example.org/br): Content-Encoding br, but the body is not valid br data", Assert.Single(read.Failures));
    }

    [Fact]
    public void A_corrupt_gzip_member_is_one_failure_and_the_members_after_it_are_read()
    {
        using var dir = new TempDir();
        var path = dir.File("damaged.warc.gz");
        // Members larger than the decompressor's 8 KB read-ahead, so the one after the damage lies beyond it.
        var members = Enumerable.Range(0, 3).Select(i => Gzip(SeedResponse("00" + i, i, paddingBytes: 24_000))).ToArray();
        members[1][10] = 0xFF; // first deflate block header: BTYPE 11 is invalid
        File.WriteAllBytes(path, members.SelectMany(m => m).ToArray());
        var read = ReadAll(path);
        Assert.Equal(["https://example.org/page/0", "https://example.org/page/2"], read.Documents.Select(d => d.Id));
        var failure = Assert.Single(read.Failures);
        Assert.Contains("corrupt gzip data", failure);
        Assert.Contains("went on at the next gzip member", failure);
    }

    [Fact]
    public void A_block_over_the_cap_is_a_failure_and_is_not_held_in_memory()
    {
        using var dir = new TempDir();
        var path = dir.File("huge.warc");
        var huge = new byte[WarcReader.BlockCap + 1];
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"u8.CopyTo(huge);
        File.WriteAllBytes(path, [.. WarcFile.Record("response", "https://example.org/huge", "2024-01-01T00:00:00Z", "application/http", huge), .. SeedResponse("002", 1)]);
        var read = ReadAll(path);
        Assert.Equal("https://example.org/page/1", Assert.Single(read.Documents).Id);
        Assert.EndsWith("(https://example.org/huge): block of 20,971,521 bytes is over the 20 MB cap", Assert.Single(read.Failures));
    }

    [Fact]
    public void A_file_that_is_not_an_archive_is_one_failure()
    {
        using var dir = new TempDir();
        File.Copy(Repo.Seed("002"), dir.File("mislabelled.warc"));
        File.WriteAllBytes(dir.File("empty.warc.gz"), []);
        var results = DocumentReader.Read([dir.File("mislabelled.warc"), dir.File("empty.warc.gz")]).ToList();
        Assert.Equal(2, results.Count);
        Assert.StartsWith("record at offset 0: expected a WARC/1.x version line, found 'HomeNewsDiplomatic NewsRussia", results[0].Failure!.Problem);
        Assert.Equal("empty file", results[1].Failure!.Problem);
    }

    // ---- Helpers shared with the memory test ----

    internal static byte[] SeedResponse(string seed, int index, int paddingBytes = 0)
    {
        var html = AsHtml(File.ReadAllText(Repo.Seed(seed)));
        if (paddingBytes > 0)
        {
            // Random letters do not compress, which makes the gzip member as large as asked.
            var random = new Random(index);
            html += "<!--" + new string(Enumerable.Range(0, paddingBytes).Select(_ => (char)('a' + random.Next(26))).ToArray()) + "-->";
        }
        return WarcFile.Record("response", $"https://example.org/page/{index}", "2024-02-20T10:00:00Z", "application/http; msgtype=response",
            WarcFile.Http("200 OK", "Content-Type: text/html; charset=utf-8", Encoding.UTF8.GetBytes(html)));
    }

    internal static string AsHtml(string text)
    {
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => "<p>" + line.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;") + "</p>");
        return "<!doctype html>\n<html><head><meta charset=\"utf-8\"></head><body>\n" + string.Join("\n", paragraphs) + "\n</body></html>\n";
    }

    internal static byte[] Gzip(byte[] data)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(data);
        return output.ToArray();
    }

    /// <summary>One gzip member per record, as Common Crawl writes its files.</summary>
    private static void WriteMembers(string path, params byte[][] records)
    {
        using var file = File.Create(path);
        foreach (var record in records) file.Write(Gzip(record));
    }

    private static byte[] Chunk(params byte[][] chunks)
    {
        var output = new MemoryStream();
        foreach (var chunk in chunks)
        {
            output.Write(Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n"));
            output.Write(chunk);
            output.Write("\r\n"u8);
        }
        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }
}

/// <summary>Writes WARC records for tests.</summary>
internal static class WarcFile
{
    public static byte[] Record(string type, string? uri, string date, string contentType, byte[] block)
    {
        var header = new StringBuilder("WARC/1.0\r\n").Append($"WARC-Type: {type}\r\n");
        if (uri is not null) header.Append($"WARC-Target-URI: {uri}\r\n");
        header.Append($"WARC-Date: {date}\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n");
        return [.. Encoding.UTF8.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    public static byte[] Http(string status, string headers, byte[] body) =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\n{headers}\r\nContent-Length: {body.Length}\r\n\r\n"), .. body];
}

[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement;

/// <summary>Runs alone: the managed heap is shared with every test running alongside.</summary>
[Collection(nameof(MemoryMeasurement))]
public class WarcReaderStreamingTests
{
    [Fact]
    public void Reading_a_50_MB_warc_keeps_memory_flat()
    {
        using var dir = new TempDir();
        var path = dir.File("big.warc.gz");
        var records = 0;
        using (var file = File.Create(path))
        {
            var seeds = new[] { "000", "001", "002", "003", "004" };
            while (file.Length < 50L * 1024 * 1024)
                file.Write(WarcReaderTests.Gzip(WarcReaderTests.SeedResponse(seeds[records % seeds.Length], records++, paddingBytes: 2_000)));
        }
        var fileSize = new FileInfo(path).Length;

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0, documents = 0, characters = 0;
        foreach (var result in WarcReader.Read(path))
        {
            characters += result.Document!.Content.Length;
            if (++documents % 2_000 == 0) peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
        }

        Assert.Equal(records, documents);
        Assert.True(characters > fileSize, "the archive decompresses to more text than its size");
        Assert.True(peak < fileSize / 4, $"live heap grew by {peak / 1024 / 1024} MB while reading a {fileSize / 1024 / 1024} MB archive");
    }
}
