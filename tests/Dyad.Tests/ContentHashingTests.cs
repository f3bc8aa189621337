using System.Text;
using Dyad.Ingest;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dyad.Tests;

/// <summary>
/// A document's key must stay what stores already hold: readers that hash the bytes they read instead of the decoded
/// text may do so only when the two are the same bytes.
/// </summary>
public class ContentHashingTests
{
    [Fact]
    public void The_key_is_the_first_128_bits_of_the_sha256_of_the_utf8_text() =>
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e", DyadPipeline.ContentHash("hello"));

    [Property(MaxTest = 500)]
    public Property A_verbatim_decoding_hashes_its_bytes_as_the_text() =>
        Prop.ForAll(Arb.From(ArbMap.Default.GeneratorFor<string>()), Arb.From(ArbMap.Default.GeneratorFor<byte[]>()), (text, raw) =>
        {
            foreach (var bytes in new[] { Encoding.UTF8.GetBytes(text ?? ""), raw, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text ?? "")] })
                // A page may declare UTF-8 and still hold bytes that are not: decoding them replaces those bytes.
                foreach (var charset in new[] { null, "utf-8" })
                {
                    var decoded = TextDecoder.Decode(bytes, charset, out var verbatim);
                    if (verbatim) Assert.Equal(DyadPipeline.ContentHash(decoded), ContentHashing.Of(bytes));
                }
        });

    [Fact]
    public void A_page_that_declares_utf8_over_bytes_that_are_not_is_not_verbatim()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<meta charset=\"utf-8\"><p>Nga "), 0xFF, .. Encoding.ASCII.GetBytes(" Cuba</p>")];
        var decoded = TextDecoder.Decode(bytes, null, out var verbatim);
        Assert.Contains('\uFFFD', decoded);
        Assert.False(verbatim);
    }

    [Fact]
    public void A_utf8_page_read_from_a_file_carries_its_key_and_a_page_with_a_bom_or_carriage_returns_does_not()
    {
        var folder = Directory.CreateTempSubdirectory("dyad-hash-");
        try
        {
            var plain = Path.Combine(folder.FullName, "plain.txt");
            File.WriteAllText(plain, "Nga và Cuba ký thỏa thuận.\nRussia and Cuba signed an agreement.\n", new UTF8Encoding(false));
            var withBom = Path.Combine(folder.FullName, "bom.txt");
            File.WriteAllText(withBom, "Russia and Cuba signed an agreement.\n", new UTF8Encoding(true));
            var crlf = Path.Combine(folder.FullName, "crlf.txt");
            File.WriteAllText(crlf, "Russia and Cuba\r\nsigned an agreement.\r\n", new UTF8Encoding(false));
            var docs = DocumentReader.Read([folder.FullName]).Select(r => r.Document!).ToDictionary(d => d.Id);
            Assert.Equal(DyadPipeline.ContentHash(docs["plain.txt"].Content), docs["plain.txt"].KnownContentHash);
            Assert.Null(docs["bom.txt"].KnownContentHash);
            Assert.Equal("Russia and Cuba signed an agreement.\n", docs["bom.txt"].Content);
            Assert.Null(docs["crlf.txt"].KnownContentHash);
            Assert.All(docs.Values, d => Assert.Equal(DyadPipeline.ContentHash(d.Content), DyadPipeline.ContentHash(d)));
        }
        finally { folder.Delete(recursive: true); }
    }
}
