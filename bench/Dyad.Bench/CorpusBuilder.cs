using System.Text;

namespace Dyad.Bench;

/// <summary>
/// Builds a large, realistic corpus without downloading anything: new articles recombined from the
/// sample pages' paragraphs, each with its own headline, date header and related-news tail.
/// </summary>
public static class CorpusBuilder
{
    public static IEnumerable<(string Name, string Text)> Articles(string seedsFolder, int count, int seed = 42)
    {
        var paragraphs = new List<string>();
        var titles = new List<string>();
        foreach (var file in Directory.GetFiles(seedsFolder, "*.txt").Order())
        {
            var lines = File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            paragraphs.AddRange(lines.Where(l => l.Length > 120 && !l.StartsWith('|')));
            titles.AddRange(lines.Where(l => l.Length is > 30 and < 120 && !l.EndsWith('.')));
        }
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var sb = new StringBuilder();
            var day = new DateOnly(2014, 1, 1).AddDays(random.Next(0, 4000));
            sb.Append(titles[random.Next(titles.Count)]).Append("\n\n");
            sb.Append($"Thứ Hai, {day:dd/MM/yyyy} 10:{random.Next(10, 59)}\n\n");
            var n = random.Next(4, 9);
            for (var p = 0; p < n; p++) sb.Append(paragraphs[random.Next(paragraphs.Count)]).Append("\n\n");
            sb.Append("Tin liên quan\n\n");
            for (var r = 0; r < 3; r++) sb.Append(titles[random.Next(titles.Count)]).Append('\n');
            yield return ($"bench_{i:D7}.txt", sb.ToString());
        }
    }
}
