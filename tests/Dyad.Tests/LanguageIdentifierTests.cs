using System.IO.Compression;
using System.Text.Json;
using Dyad.Languages;
using Dyad.Text;
using Xunit.Abstractions;

namespace Dyad.Tests;

/// <summary>
/// Language identification on real news paragraphs that the profiles were not built from: the body text of
/// the fundus test pages in ../shared/corpus/html/fundus, labelled by each page's own &lt;html lang&gt;.
/// </summary>
public class LanguageIdentifierTests(ITestOutputHelper output)
{
    private static readonly LanguageIdentifier Identifier = new(LanguageCatalog.Load(Path.Combine(Repo.Root, "data")));
    private static readonly HashSet<string> Required = ["en", "vi", "ru", "es", "fr", "de", "pt", "zh", "ar", "ja"];
    private static readonly HashSet<string> MislabelledCountries = ["za", "tz"];

    private static IEnumerable<(string Lang, string Paragraph)> FundusParagraphs()
    {
        var path = Path.Combine(Repo.Shared, "corpus", "html", "fundus", "expected.jsonl.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            using var page = JsonDocument.Parse(line);
            var lang = page.RootElement.TryGetProperty("html_lang", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : "";
            lang = lang.Split('-', '_')[0].ToLowerInvariant();
            // Some South African and Tanzanian pages declare lang="en" but are written in Zulu, Xhosa or Swahili:
            // their own label is wrong, so they cannot test anything.
            if (!Required.Contains(lang) || MislabelledCountries.Contains(page.RootElement.GetProperty("country").GetString()!)) continue;
            foreach (var paragraph in page.RootElement.GetProperty("body_text").GetString()!.Split('\n'))
                if (paragraph.Trim().Length >= 200) yield return (lang, paragraph.Trim());
        }
    }

    [Fact]
    public void Paragraphs_of_200_characters_or_more_are_identified_at_99_percent()
    {
        var cases = FundusParagraphs().ToList();
        var wrong = cases.Where(c => Identifier.IdentifyParagraph(c.Paragraph) != c.Lang).ToList();
        foreach (var (lang, paragraph) in wrong.Take(15))
            output.WriteLine($"{lang} → {Identifier.IdentifyParagraph(paragraph)}: {paragraph[..Math.Min(120, paragraph.Length)]}");
        var accuracy = 1 - wrong.Count / (double)cases.Count;
        var languages = string.Join(", ", cases.GroupBy(c => c.Lang).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
        output.WriteLine($"language id: {cases.Count} paragraphs ({languages}), accuracy {accuracy:0.0000}");
        Console.WriteLine($"language id on fundus paragraphs: {cases.Count}, accuracy {accuracy:0.0000}");
        Assert.True(cases.Count > 1000, $"only {cases.Count} paragraphs");
        Assert.True(accuracy >= 0.99, $"accuracy {accuracy:0.0000}");
    }

    [Theory]
    [InlineData("Министр иностранных дел России Сергей Лавров провёл переговоры со своим кубинским коллегой в Гаване и заявил о готовности расширять сотрудничество.", "ru")]
    [InlineData("El ministro de Asuntos Exteriores de Rusia se reunió con su homólogo cubano en La Habana para hablar de cooperación económica.", "es")]
    [InlineData("O ministro das Relações Exteriores da Rússia reuniu-se com o seu homólogo cubano em Havana para discutir a cooperação económica.", "pt")]
    [InlineData("Le ministre russe des Affaires étrangères a rencontré son homologue cubain à La Havane pour parler de coopération économique.", "fr")]
    [InlineData("Der russische Außenminister hat seinen kubanischen Amtskollegen in Havanna getroffen, um über wirtschaftliche Zusammenarbeit zu sprechen.", "de")]
    [InlineData("俄罗斯外长拉夫罗夫在哈瓦那与古巴外长举行会谈，双方讨论了经济合作问题。", "zh")]
    [InlineData("ロシアのラブロフ外相はハバナでキューバの外相と会談し、経済協力について話し合った。", "ja")]
    [InlineData("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الكوبي في هافانا لبحث التعاون الاقتصادي بين البلدين.", "ar")]
    [InlineData("Ngoại trưởng Nga Sergei Lavrov đã hội đàm với người đồng cấp Cuba tại La Habana về hợp tác kinh tế.", "vi")]
    [InlineData("Russian Foreign Minister Sergey Lavrov held talks with his Cuban counterpart in Havana on economic cooperation.", "en")]
    public void Each_required_language_is_recognised(string text, string lang) =>
        Assert.Equal(lang, Identifier.IdentifyParagraph(text));

    [Fact]
    public void Too_short_text_is_undetermined_not_guessed() =>
        Assert.Equal(LanguageIdentifier.Undetermined, Identifier.IdentifyParagraph("Ok, 2024."));

    [Fact]
    public void Paragraphs_in_two_languages_are_reported_as_mixed() =>
        Assert.Equal(LanguageIdentifier.Mixed, Identifier.Identify(
            "Russian Foreign Minister Sergey Lavrov held talks with his Cuban counterpart in Havana on economic cooperation.\n" +
            "Ngoại trưởng Nga Sergei Lavrov đã hội đàm với người đồng cấp Cuba tại La Habana về hợp tác kinh tế."));
}
