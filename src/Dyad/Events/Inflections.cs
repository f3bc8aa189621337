using Dyad.Languages;
using Dyad.Text;

namespace Dyad.Events;

/// <summary>
/// Verb forms from data/&lt;lang&gt;/inflections.tsv (base, third person, past, participle, gerund): a lexicon row
/// written as "granted a loan" also matches "grant a loan" after "may" or "will". Only the first verb of a
/// phrase of two words or more is varied: a single word ("signed") would become too common ("signs").
/// </summary>
public sealed class Inflections
{
    private readonly Dictionary<string, string[]> formsOf = new(StringComparer.Ordinal);

    public static Inflections Load(string path)
    {
        var inflections = new Inflections();
        if (!File.Exists(path)) return inflections;
        foreach (var row in TsvFile.Read(path))
        {
            var forms = row.Values.Select(v => v.Trim().ToLowerInvariant()).Where(v => v.Length > 0).Distinct().ToArray();
            foreach (var form in forms) inflections.formsOf.TryAdd(form, forms);
        }
        return inflections;
    }

    public IEnumerable<string> Variants(string pattern)
    {
        var words = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) yield break;
        for (var i = 0; i < words.Length; i++)
        {
            if (!formsOf.TryGetValue(words[i].ToLowerInvariant(), out var forms)) continue;
            foreach (var form in forms)
                if (form != words[i].ToLowerInvariant())
                    yield return string.Join(' ', words.Take(i).Append(form).Concat(words.Skip(i + 1)));
            yield break;
        }
    }
}
