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

    // The two countries named most often; ties go to the one named first. Counted in one pass: this runs for every article.
    private static (string?, string?) MainPair(IEnumerable<ActorMention> mentions)
    {
        var counts = new Dictionary<string, (int Count, int First)>();
        var order = 0;
        foreach (var m in mentions)
        {
            if (m.Country is not { } country || !m.CanAct || m.Kind == ActorKind.Generic) continue;
            counts[country] = counts.TryGetValue(country, out var c) ? (c.Count + 1, c.First) : (1, order);
            order++;
        }
        string? first = null, second = null;
        foreach (var (country, rank) in counts)
        {
            if (first is null || Before(rank, counts[first])) (first, second) = (country, first);
            else if (second is null || Before(rank, counts[second])) second = country;
        }
        return (first, second);
    }

    private static bool Before((int Count, int First) a, (int Count, int First) b) => a.Count > b.Count || a.Count == b.Count && a.First < b.First;
}
