using Dyad.Text;

namespace Dyad.Actors;

/// <summary>
/// Resolves mentions in reading order, with what the article said before: a person's office at the
/// article's date; "his Cuban counterpart" to the same office in the other country; a role and a country
/// ("Ngoại trưởng Mỹ") to whoever held it at that date; "ông", "he", "nước này" to the last person or country.
/// </summary>
internal sealed class MentionResolver(PersonDirectory people, PartialDate? published)
{
    private const string Counterpart = "counterpart";
    private readonly DateOnly? date = published is { Year: { } y } p ? new DateOnly(y, p.Month ?? 7, p.Day ?? 1) : null;
    private ActorMention? lastPerson;
    private ActorMention? lastCountry;

    public IReadOnlyList<ActorMention> ResolveSentence(IReadOnlyList<ActorMention> mentions)
    {
        var resolved = new List<ActorMention>(mentions.Count);
        // By index: a foreach over the list interface allocated an enumerator for every sentence.
        for (var i = 0; i < mentions.Count; i++)
        {
            if (Resolve(mentions[i], resolved) is not { } r) continue;
            resolved.Add(r);
            if (r.Name is not null) lastPerson = r;
        }
        foreach (var r in resolved)
            if (r.IsConcrete) { lastCountry = r; break; }
        return resolved;
    }

    private ActorMention? Resolve(ActorMention m, List<ActorMention> earlier)
    {
        switch (m.Kind)
        {
            case ActorKind.Joint or ActorKind.Generic or ActorKind.NotActor or ActorKind.Place:
                return m;
            case ActorKind.PersonAnaphor:
                // The explanation is written out later, so it takes the person as they are now, not the field.
                return lastPerson is not { } named ? null : m with { Country = named.Country, Role = named.Role, Name = named.Name, Title = named.Title, Reason = Explanation.After(m.Reason, () => $"the last person named, {named.Name}") };
            case ActorKind.CountryAnaphor:
                var near = LastConcrete(earlier) ?? lastCountry;
                return near is null ? null : m with { Country = near.Country, Role = null, Reason = Explanation.After(m.Reason, () => $"the last country acting, {near.Country}") };
        }
        if (m.Person is { } person) return WithOffice(m, person);
        if (m.Title == Counterpart) m = AsCounterpart(m, earlier);
        if (m.Country is null)
            // "the minister" with no country refers back to the last person when they hold that office.
            return lastPerson is { } last && m.Title is not null && last.Title == m.Title
                ? m with { Country = last.Country, Role = last.Role, Name = last.Name, Kind = ActorKind.PersonAnaphor, Reason = Explanation.After(m.Reason, () => last.Name ?? "") }
                : null;
        return ByOffice(m);
    }

    // Loops rather than LINQ in this class: it runs for every actor of every sentence, and each lambda allocated a closure.
    private static ActorMention? LastConcrete(List<ActorMention> mentions)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
            if (mentions[i].IsConcrete) return mentions[i];
        return null;
    }

    private ActorMention WithOffice(ActorMention m, Person person)
    {
        var office = person.OfficeOn(date);
        return m with { Role = m.Role ?? office.Role, Title = m.Title ?? office.Title, Reason = Explanation.After(m.Reason, () => $"{person.Name}, {office.Title.Replace('_', ' ')} of {person.Country}") };
    }

    // The counterpart holds, in the other country, the office of the person they are set against.
    private ActorMention AsCounterpart(ActorMention m, List<ActorMention> earlier)
    {
        ActorMention? reference = null;
        for (var i = earlier.Count - 1; i >= 0 && reference is null; i--)
            if (earlier[i] is { Title: not null } x && x.Title != Counterpart && x.Country != m.Country) reference = x;
        reference ??= lastPerson;
        return reference?.Title is null ? m with { Title = null } : m with { Title = reference.Title, Role = reference.Role, Reason = Explanation.After(m.Reason, () => $"same office as {reference.Name ?? reference.Text}") };
    }

    private ActorMention ByOffice(ActorMention m)
    {
        if (m.Name is not null || m.Title is null || date is not { } d || people.Holder(m.Country!, m.Title, d) is not { } holder) return m;
        var office = holder.OfficeOn(d);
        return m with { Name = holder.Name, Person = holder, Role = m.Role ?? office.Role, Kind = ActorKind.Person, Reason = Explanation.After(m.Reason, () => $"{m.Title.Replace('_', ' ')} of {m.Country} on {d:yyyy-MM-dd}: {holder.Name}") };
    }
}
