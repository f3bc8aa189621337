using System.Globalization;
using System.Text;
using Dyad.Actors;

namespace Dyad.Analysis;

/// <summary>How the people of one document were found: gold people found with the right country, and the people predicted.</summary>
public sealed record ActorScore(int Gold, int Found, int WrongCountry, int Predicted, int PredictedRight,
    IReadOnlyList<GoldActor> Misses, IReadOnlyList<string> FalseAlarms);

/// <summary>
/// Scores the people Dyad names against a gold list. A gold name matches a predicted person when it is the
/// person's name or one of its variants, compared without case and diacritics ("Sergei Lavrov" = "Sergey Lavrov").
/// </summary>
public static class ActorScoring
{
    public static ActorScore Score(IReadOnlyList<GoldActor> gold, IEnumerable<ActorMention> mentions)
    {
        var predicted = mentions.Where(m => m.Name is not null).GroupBy(m => m.Name!).Select(g => g.First()).ToList();
        bool Same(GoldActor g, ActorMention m) => NamesOf(m).Contains(Fold(g.Name));
        var found = gold.Where(g => predicted.Any(m => Same(g, m) && m.Country == g.Country)).ToList();
        var wrong = gold.Count(g => predicted.Any(m => Same(g, m) && m.Country != g.Country));
        var right = predicted.Where(m => gold.Any(g => Same(g, m) && m.Country == g.Country)).ToList();
        return new ActorScore(gold.Count, found.Count, wrong, predicted.Count, right.Count,
            gold.Except(found).ToList(), predicted.Except(right).Select(m => $"{m.Name} ({m.Country})").ToList());
    }

    private static HashSet<string> NamesOf(ActorMention m) =>
        (m.Person?.Variants ?? []).Append(m.Name!).Select(Fold).ToHashSet();

    public static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c == 'đ' || c == 'Đ' ? 'd' : char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
