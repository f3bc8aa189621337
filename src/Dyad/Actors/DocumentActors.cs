using Dyad.Text;

namespace Dyad.Actors;

/// <summary>The actors of every sentence of an article, with anaphors resolved, and the article's main pair of countries.</summary>
public sealed record DocumentActors(IReadOnlyList<IReadOnlyList<ActorMention>> BySentence, string? MainA, string? MainB)
{
    /// <summary>The other country of the article's main pair, for "both sides" and "his counterpart".</summary>
    public string? PartnerOf(string country) => country == MainA ? MainB : country == MainB ? MainA : null;

    public static DocumentActors Resolve(IReadOnlyList<Sentence> sentences, ActorRecognizer recognizer, IReadOnlyList<ActorMention>? titleActors = null)
    {
        var all = new List<IReadOnlyList<ActorMention>>(sentences.Count);
        ActorMention? lastPerson = null;
        ActorMention? lastCountry = null;
        foreach (var sentence in sentences)
        {
            var resolved = new List<ActorMention>();
            foreach (var m in recognizer.Recognize(sentence))
            {
                var r = m.Kind switch
                {
                    ActorKind.PersonAnaphor => lastPerson is null ? null : m with { Country = lastPerson.Country, Role = lastPerson.Role, Name = lastPerson.Name },
                    ActorKind.CountryAnaphor => resolved.LastOrDefault(x => x.IsConcrete) is { } near ? m with { Country = near.Country, Role = null }
                        : lastCountry is null ? null : m with { Country = lastCountry.Country, Role = null },
                    _ => m,
                };
                if (r is null) continue;
                resolved.Add(r);
                if (r.Kind == ActorKind.Person) lastPerson = r;
            }
            if (resolved.FirstOrDefault(x => x.IsConcrete) is { } first) lastCountry = first;
            all.Add(resolved);
        }
        var (a, b) = MainPair(all.SelectMany(x => x).Concat(titleActors ?? []));
        return new DocumentActors(all, a, b);
    }

    // The two countries named most often; ties go to the one named first.
    private static (string?, string?) MainPair(IEnumerable<ActorMention> mentions)
    {
        var ranked = mentions.Where(m => m.Country is not null && m.Kind is not (ActorKind.Generic or ActorKind.NotActor))
            .Select((m, i) => (m.Country!, i))
            .GroupBy(x => x.Item1)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.i))
            .Select(g => g.Key).Take(2).ToList();
        return (ranked.ElementAtOrDefault(0), ranked.ElementAtOrDefault(1));
    }
}
