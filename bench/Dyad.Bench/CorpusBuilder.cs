using System.Text;
using System.Text.RegularExpressions;

namespace Dyad.Bench;

/// <summary>One generated article: its file name, language, headline, date and paragraphs.</summary>
public sealed record BenchArticle(string Name, string Lang, string Title, DateOnly Date, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Related);

/// <summary>
/// Builds a large, realistic corpus without downloading anything: new articles recombined from the sample pages'
/// paragraphs, in the language of their seed, with other pairs of countries swapped in for Russia and Cuba, other
/// years in the sentences, their own headline, date header and related-news tail. The same seed gives the same corpus.
/// </summary>
public static partial class CorpusBuilder
{
    // Country names as the press writes them: noun and adjective in English, the name in Vietnamese.
    private static readonly (string En, string EnAdj, string Vi)[] Countries =
    [
        ("Russia", "Russian", "Nga"), ("Cuba", "Cuban", "Cuba"), ("China", "Chinese", "Trung Quốc"), ("Japan", "Japanese", "Nhật Bản"),
        ("France", "French", "Pháp"), ("India", "Indian", "Ấn Độ"), ("Germany", "German", "Đức"), ("Brazil", "Brazilian", "Brazil"),
        ("Vietnam", "Vietnamese", "Việt Nam"), ("Iran", "Iranian", "Iran"), ("Turkey", "Turkish", "Thổ Nhĩ Kỳ"), ("Egypt", "Egyptian", "Ai Cập"),
    ];

    private sealed record Pool(List<string> Paragraphs, List<string> Titles);

    public static IEnumerable<BenchArticle> Articles(string seedsFolder, int count, int seed = 42)
    {
        var pools = new Dictionary<string, Pool> { ["en"] = new([], []), ["vi"] = new([], []) };
        foreach (var file in Directory.GetFiles(seedsFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            // Vietnamese is told apart by its letters; the seeds are either Vietnamese or English.
            var pool = pools[lines.Any(l => l.Contains("ư") || l.Contains("ờ")) ? "vi" : "en"];
            pool.Paragraphs.AddRange(lines.Where(l => l.Length > 120 && !l.StartsWith('|')));
            pool.Titles.AddRange(lines.Where(l => l.Length is > 30 and < 120 && !l.EndsWith('.') && !l.StartsWith('|')));
        }
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var lang = random.Next(3) == 0 ? "en" : "vi";
            var pool = pools[lang];
            var a = Countries[random.Next(Countries.Length)];
            var b = Countries[random.Next(Countries.Length)];
            if (a == b) b = Countries[(Array.IndexOf(Countries, a) + 1) % Countries.Length];
            var date = new DateOnly(2014, 1, 1).AddDays(random.Next(0, 4000));
            // 10 to 18 paragraphs make articles as long as the seeds (4.1 KB of raw text on average, the seeds 4.2 KB), so that
            // articles per second mean what they would on real pages: with 4 to 8 they were half as long and twice as many.
            var paragraphs = Enumerable.Range(0, random.Next(10, 19))
                .Select(_ => Recombine(pool.Paragraphs[random.Next(pool.Paragraphs.Count)], lang, a, b, random)).ToList();
            var related = Enumerable.Range(0, 3).Select(_ => Recombine(pool.Titles[random.Next(pool.Titles.Count)], lang, a, b, random)).ToList();
            yield return new BenchArticle($"bench_{i:D7}", lang, Recombine(pool.Titles[random.Next(pool.Titles.Count)], lang, a, b, random), date, paragraphs, related);
        }
    }

    /// <summary>The article as a crawler's text dump: headline, date header, paragraphs, related-news tail.</summary>
    public static string Text(BenchArticle a)
    {
        var sb = new StringBuilder();
        sb.Append(a.Title).Append("\n\n");
        sb.Append(a.Lang == "vi" ? $"Thứ Hai, {a.Date:dd/MM/yyyy} 10:30\n\n" : $"{a.Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}\n\n");
        foreach (var p in a.Paragraphs) sb.Append(p).Append("\n\n");
        sb.Append(a.Lang == "vi" ? "Tin liên quan\n\n" : "Related News\n\n");
        foreach (var r in a.Related) sb.Append(r).Append('\n');
        return sb.ToString();
    }

    /// <summary>The article as a news site serves it: metadata, navigation, the article, a sidebar and a footer.</summary>
    public static string Html(BenchArticle a)
    {
        static string E(string s) => System.Net.WebUtility.HtmlEncode(s);
        var sb = new StringBuilder();
        sb.Append($"<!DOCTYPE html>\n<html lang=\"{a.Lang}\"><head><meta charset=\"utf-8\"><title>{E(a.Title)} | News</title>\n");
        sb.Append($"<meta property=\"og:title\" content=\"{E(a.Title)}\">\n<meta property=\"article:published_time\" content=\"{a.Date:yyyy-MM-dd}T10:30:00+07:00\">\n");
        sb.Append("<link rel=\"stylesheet\" href=\"/site.css\"><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script></head>\n");
        sb.Append("<body><header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/politics\">Politics</a></li><li><a href=\"/business\">Business</a></li></ul></nav></header>\n");
        sb.Append($"<main><article><h1>{E(a.Title)}</h1><time datetime=\"{a.Date:yyyy-MM-dd}\">{a.Date:dd/MM/yyyy}</time>\n");
        foreach (var p in a.Paragraphs) sb.Append("<p>").Append(E(p)).Append("</p>\n");
        sb.Append("</article><aside><h2>").Append(a.Lang == "vi" ? "Tin liên quan" : "Related News").Append("</h2><ul>");
        foreach (var r in a.Related) sb.Append("<li><a href=\"/r\">").Append(E(r)).Append("</a></li>");
        sb.Append("</ul></aside></main>\n<footer><p>© News. All rights reserved.</p></footer></body></html>\n");
        return sb.ToString();
    }

    private static string Recombine(string text, string lang, (string En, string EnAdj, string Vi) a, (string En, string EnAdj, string Vi) b, Random random)
    {
        text = lang == "en"
            ? EnglishPair().Replace(text, m => m.Value switch { "Russia" => a.En, "Russian" => a.EnAdj, "Cuba" => b.En, _ => b.EnAdj })
            : VietnamesePair().Replace(text, m => m.Value == "Nga" ? a.Vi : b.Vi);
        var shift = random.Next(-8, 3);
        return Year().Replace(text, m => (int.Parse(m.Value) + shift).ToString());
    }

    [GeneratedRegex(@"\b(Russian|Russia|Cuban|Cuba)\b")]
    private static partial Regex EnglishPair();

    [GeneratedRegex(@"\b(Nga|Cuba)\b")]
    private static partial Regex VietnamesePair();

    [GeneratedRegex(@"\b20[012]\d\b")]
    private static partial Regex Year();
}
