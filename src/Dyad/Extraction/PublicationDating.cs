using Dyad.Text;

namespace Dyad.Extraction;

/// <summary>
/// Finds an article's own date: a date header above the body, else a dateline at the start of the
/// first paragraph ("Havana, 20 February 2024 (TDI):", "hôm nay 2/11"). Dates further down belong to
/// what the article reports, and dates after the body to other articles, so neither is looked at.
/// </summary>
public static class PublicationDating
{
    private const int DatelineTokens = 16;

    public static (PartialDate? Date, string? Source) Find(IReadOnlyList<PageLine> lines, LineKind[] kinds, IReadOnlyList<DateFinder> finders)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] == LineKind.DateHeader && FirstAbsolute(lines[i].Text, finders, int.MaxValue) is { } header) return (header, "header");
            if (kinds[i] != LineKind.Body) continue;
            return FirstAbsolute(lines[i].Text, finders, DatelineTokens) is { } dateline ? (dateline, "dateline") : (null, null);
        }
        return (null, null);
    }

    public static PartialDate? FirstAbsolute(string text, IReadOnlyList<DateFinder> finders, int withinTokens)
    {
        var tokens = Tokenizer.Tokenize(text);
        foreach (var finder in finders)
            foreach (var m in finder.Find(tokens))
            {
                if (m.Start >= withinTokens) break;
                if (m.Kind == DateKind.Absolute && m.Absolute is { Day: not null } d) return d;
            }
        return null;
    }
}
