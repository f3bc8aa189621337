using Dyad.Text;

namespace Dyad.Actors;

/// <summary>The actors of every sentence of an article, with anaphors resolved, and the article's main pair of countries.</summary>
public sealed record DocumentActors(IReadOnlyList<IReadOnlyList<ActorMention>> BySentence, string? MainA, string? MainB)
{
    /// <summary>The other country of the article's main pair, for "both sides" and "his counterpart".</summary>
    public string? PartnerOf(string country) => country == MainA ? MainB : country == MainB ? MainA : null;

    public static DocumentActors Resolve(IReadOnlyList<Sentence> sentences, ActorRecognizer recognizer, PersonDirectory people,
        PartialDate? published, IReadOnlyList<ActorMention>? titleActors = null)
    {
        var resolver = new MentionResolver(people, published);
        var all = new List<IReadOnlyList<ActorMention>>(sentences.Count);
        foreach (var sentence in sentences) all.Add(resolver.ResolveSentence(recognizer.Recognize(sentence)));
        var (a, b) = MainPair(all.SelectMany(x => x).Concat(titleActors ?? []));
        return new DocumentActors(all, a, b);
    }

    // The two countries named most often; ties go to the one named first.
    private static (string?, string?) MainPair(IEnumerable<ActorMention> mentions)
    {
        var ranked = mentions.Where(m => m.Country is not null && m.CanAct && m.Kind != ActorKind.Generic)
            .Select((m, i) => (m.Country!, i))
            .GroupBy(x => x.Item1)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.i))
            .Select(g => g.Key).Take(2).ToList();
        return (ranked.ElementAtOrDefault(0), ranked.ElementAtOrDefault(1));
    }
}
