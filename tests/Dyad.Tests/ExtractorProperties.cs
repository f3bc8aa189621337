using Dyad.Ingest;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dyad.Tests;

/// <summary>
/// Whatever text or markup a reader hands over, extraction and coding finish, in time, without an exception. The
/// inputs are built from pieces that reach the code paths (seed words, actors, dates, markers, tags, entities) mixed
/// with arbitrary characters, since purely random strings rarely get past the first checks.
/// </summary>
public class ExtractorProperties
{
    private static readonly string[] Words =
    [
        "Russia", "Cuba", "Nga", "Mỹ", "Lavrov", "Putin", "Tổng thống", "Foreign Minister", "met", "visited", "tiếp", "hội đàm",
        "said", "will", "not", "and", "và", "On Monday,", "hôm nay", "20 February 2024", "2/11", "2014", "năm", "of the",
        "Tin liên quan", "Related News", "Photo:", "|", "**", "![img](x.png)", "…", ".", ",", "“", "”", "(", ")", ":", "-", "—",
    ];

    private static readonly string[] Markup =
    [
        "<div>", "</div>", "<p>", "</p>", "<article>", "</article>", "<h1>", "</h1>", "<script>", "</script>", "<style>", "<!--", "-->",
        "<nav>", "<table><tr><td>", "</td></tr></table>", "<br>", "<time datetime=\"2024-02-20\">", "</time>", "&amp;", "&#x1F600;", "&nbsp;",
        "<meta property=\"og:title\" content=\"", "<meta property=\"article:published_time\" content=\"2024-13-45\">", "\">", "<html lang=\"vi\">",
        "<script type=\"application/ld+json\">{\"datePublished\":", "[[[", "}</script>", "<", ">", "</", "<!doctype html>",
    ];

    private static Gen<string> Texts(string[] pieces) =>
        from parts in Gen.ArrayOf(Gen.Frequency(
            (6, Gen.Elements(pieces)),
            (2, Gen.Elements(" ", "\n", "\n\n", "\t", "\r\n", "\u00A0", "\u200B")),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""))))
        select string.Join(" ", parts);

    // The line counts walk the text by hand for speed; they must count what the plain definitions count.
    [Property(MaxTest = 500)]
    public Property Line_counts_match_their_definitions() =>
        Prop.ForAll(Arb.From(Texts(Words.Concat(["Đà NẵngHà Nội", "aB", "中国", "ニュース", "  "]).ToArray())), text =>
            Dyad.Extraction.PageLine.CountWords(text) == text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length + text.Count(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF') &&
            Dyad.Extraction.PageLine.GluedBoundaries(text) == System.Text.RegularExpressions.Regex.Count(text, @"\p{Ll}\p{Lu}"));

    [Property(MaxTest = 300)]
    public Property Any_text_is_extracted_and_coded() =>
        Prop.ForAll(Arb.From(Texts(Words)), text => Processes(text, ContentKind.Text));

    [Property(MaxTest = 200)]
    public Property Any_tag_soup_is_extracted_and_coded() =>
        Prop.ForAll(Arb.From(Texts([.. Words, .. Markup, .. Markup])), html => Processes(html, ContentKind.Html));

    [Property(MaxTest = 300)]
    public bool Arbitrary_strings_are_extracted_and_coded(string? text) =>
        Processes(text ?? "", ContentKind.Text) && Processes(text ?? "", ContentKind.Html);

    private static bool Processes(string content, ContentKind kind)
    {
        var raw = new RawDocument("doc", "doc", content, kind);
        var processed = Bounded.Run(() => Repo.Pipeline.Process(raw));
        return processed.Article.Body is not null && processed.Events.All(e => e.Evidence.Count > 0);
    }
}
