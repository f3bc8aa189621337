using System.IO.Compression;
using System.Text;
using Dyad.Ingest;

namespace Dyad.Tests;

public class ReaderTests
{
    [Fact]
    public void Folders_are_read_recursively_in_name_order()
    {
        var docs = DocumentReader.Read([Repo.Seeds]).ToList();
        Assert.Equal(5, docs.Count);
        Assert.All(docs, d => Assert.NotNull(d.Document));
        Assert.Equal("000_bdd2c588347e13f0.txt", docs[0].Document!.Id);
    }

    [Fact]
    public void Bad_inputs_fail_one_by_one_and_the_rest_is_read()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a_empty.txt"), "");
        File.WriteAllBytes(dir.File("b_binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2, 3]);
        File.Copy(Repo.Seed("002"), dir.File("c_good.txt"));
        var results = DocumentReader.Read([dir.Path, dir.File("missing.txt")]).ToList();
        Assert.Equal(["empty file", "binary file, not text or HTML", "no such file or folder"],
            results.Where(r => r.Failure is not null).Select(r => r.Failure!.Problem));
        Assert.Single(results, r => r.Document is not null);
    }

    [Fact]
    public void Json_lines_records_keep_their_id_title_and_date_and_a_bad_line_is_one_failure()
    {
        using var dir = new TempDir();
        var path = dir.File("crawl.jsonl.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        using (var w = new StreamWriter(gz, new UTF8Encoding(false)))
        {
            w.WriteLine("""{"url":"https://example.org/a","title":"Russia and Cuba talk","date":"2024-02-20T08:00:00Z","text":"Russia and Cuba held talks."}""");
            w.WriteLine("""{"id":"b", "text": broken""");
            w.WriteLine("""{"id":"c","html":"<html><body><p>Hello there, this is a page.</p></body></html>"}""");
        }
        var results = DocumentReader.Read([path]).ToList();
        Assert.Equal(3, results.Count);
        var first = results[0].Document!;
        Assert.Equal("https://example.org/a", first.Id);
        Assert.Equal("2024-02-20", first.DeclaredDate?.ToIso());
        Assert.Equal("jsonl", first.DeclaredDateSource);
        Assert.StartsWith("line 2: invalid JSON", results[1].Failure!.Problem);
        Assert.Equal(ContentKind.Html, results[2].Document!.Kind);
    }

    [Fact]
    public void Legacy_charsets_and_decomposed_vietnamese_become_nfc_text()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var decomposed = "Ngoại trưởng Nga".Normalize(NormalizationForm.FormD);
        var fromUtf8 = TextDecoder.Decode(Encoding.UTF8.GetBytes(decomposed));
        Assert.Equal("Ngoại trưởng Nga", fromUtf8);
        var cyrillic = Encoding.GetEncoding(1251).GetBytes("<html><head><meta charset=\"windows-1251\"></head><body>Россия и Куба</body></html>");
        Assert.Contains("Россия и Куба", TextDecoder.Decode(cyrillic));
    }
}
