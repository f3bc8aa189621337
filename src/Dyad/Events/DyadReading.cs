using Dyad.Actors;

namespace Dyad.Events;

/// <summary>Who acts and on whom for one trigger: one or more (source, target) pairs and the mentions they rest on.</summary>
public sealed record DyadReading(IReadOnlyList<(ActorMention Source, ActorMention Target)> Pairs, int TargetStart)
{
    public IReadOnlyList<ActorMention> Subjects => Pairs.Select(p => p.Source).Distinct().ToList();
    public ActorMention? Object { get; init; }
}

/// <summary>
/// Reads source and target around a trigger from the sentence's structure: the nearest actor before the
/// trigger is its subject (two joined by "and" act together; "both sides" stands for the article's main
/// pair), the first other actor after it is its object; a passive "was received by X" swaps them; a vague
/// object ("all parties") gives nothing.
/// </summary>
public static class DyadReader
{
    private const int MaxObjectDistance = 15;

    public static DyadReading? Read(IReadOnlyList<ActorMention> actors, SentenceCues cues, int triggerStart, int triggerEnd, int clauseStart,
        ActorMention? speaker, DocumentActors document, DyadReading? previous = null)
    {
        if (cues.EndsAt(Cue.PassiveBefore, triggerStart) && cues.StartsAt(Cue.PassiveAfter, triggerEnd))
            return Passive(actors, triggerStart, triggerEnd, document);

        var subjects = Subjects(actors, cues, clauseStart, triggerStart, speaker, document);
        // "Putin met Díaz-Canel and signed agreements": a verb coordinated with the one before shares its subject,
        // and the nearest actor before it is that verb's object, not its own subject.
        if (previous?.Object is { } before && subjects.Contains(before) && cues.Before(Cue.Conjunction, triggerStart, 2, before.End))
            subjects = previous.Subjects.ToList();
        if (subjects.Count == 0) return null;
        // "Díaz-Canel said relations between Cuba and Russia are deepening": in reported speech the speaker's side acts.
        // Indexes, not lambdas, here and below: this runs for every trigger, and a lambda capturing a local of the method
        // allocated its closure on every call.
        if (subjects.Count == 2 && speaker?.Country is { } said && (subjects[0].Country == said || subjects[1].Country == said))
            return new DyadReading([subjects[0].Country == said ? (subjects[0], subjects[1]) : (subjects[1], subjects[0])], triggerEnd);
        // The object may sit inside a gapped trigger ("cấp cho Cuba khoản vay"), so it is looked for after the trigger's first word.
        var obj = ObjectAfter(actors, cues, triggerStart + 1, triggerEnd, subjects);
        if (obj is { Kind: ActorKind.Generic }) return null;
        var pairs = new List<(ActorMention, ActorMention)>();
        if (obj is not null && obj.Kind == ActorKind.Joint && obj.Country is null)
        {
            foreach (var s in subjects)
                if (document.PartnerOf(s.Country!) is { } partner) pairs.Add((s, obj with { Country = partner, Kind = ActorKind.Country }));
        }
        else if (obj is not null)
        {
            foreach (var s in subjects) pairs.Add((s, obj));
        }
        else if (subjects.Count == 2)
        {
            pairs.Add((subjects[0], subjects[1]));
            pairs.Add((subjects[1], subjects[0]));
        }
        return pairs.Count == 0 ? null : new DyadReading(pairs, obj?.Start ?? triggerEnd) { Object = obj };
    }

    private static List<ActorMention> Subjects(IReadOnlyList<ActorMention> actors, SentenceCues cues, int clauseStart, int triggerStart,
        ActorMention? speaker, DocumentActors document)
    {
        var index = -1;
        for (var i = actors.Count - 1; i >= 0; i--)
            if (actors[i].End <= triggerStart && actors[i].Start >= clauseStart && actors[i].CanAct && !IsAttributed(actors[i], cues)) { index = i; break; }
        if (index < 0) return speaker is { Country: not null } ? [speaker] : [];
        var subject = actors[index];
        if (subject.Kind == ActorKind.Generic) return [];
        if (subject.Kind == ActorKind.Joint && subject.Country is null)
            return document is { MainA: { } a, MainB: { } b } ? [subject with { Country = a }, subject with { Country = b }] : [];
        if (subject.Kind == ActorKind.Joint)
            return actors.Where(x => x.Kind == ActorKind.Joint && x.Start == subject.Start && x.Country is not null).ToList();
        if (index > 0 && actors[index - 1] is { IsConcrete: true } before && before.Country != subject.Country
            && cues.EndsAt(Cue.Conjunction, subject.Start) && cues.StartsAt(Cue.Conjunction, before.End))
            return [before, subject];
        return subject.Country is null ? [] : [subject];
    }

    // "according to the Russian press": a source of the report, not an actor in it.
    private static bool IsAttributed(ActorMention m, SentenceCues cues) => cues.Before(Cue.Attribution, m.Start, 1);

    private static ActorMention? ObjectAfter(IReadOnlyList<ActorMention> actors, SentenceCues cues, int searchFrom, int triggerEnd, List<ActorMention> subjects)
    {
        for (var i = 0; i < actors.Count; i++)
        {
            var m = actors[i];
            if (m.Start < searchFrom || !m.CanAct) continue;
            // What is talked about is no party to the talk: "discussed Ukraine", "talks about Syria", "thảo luận về Syria".
            if (cues.EndsAt(Cue.TopicMarker, m.Start) || m.Start == triggerEnd && cues.EndsAt(Cue.TopicVerb, triggerEnd)) continue;
            if (m.Start - searchFrom > MaxObjectDistance) return null;
            if (m.Kind is ActorKind.Generic) return m;
            if (m.Kind == ActorKind.Joint && m.Country is null) return m;
            if (m.Country is not null && !HasCountry(subjects, m.Country)) return m;
        }
        return null;
    }

    private static bool HasCountry(List<ActorMention> subjects, string country)
    {
        foreach (var s in subjects)
            if (s.Country == country) return true;
        return false;
    }

    private static DyadReading? Passive(IReadOnlyList<ActorMention> actors, int triggerStart, int triggerEnd, DocumentActors document)
    {
        ActorMention? patient = null, agent = null;
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (a.End <= triggerStart && a.IsConcrete) patient = a;
            if (agent is null && a.Start > triggerEnd && a.IsConcrete) agent = a;
        }
        if (patient is null || agent is null || patient.Country == agent.Country) return null;
        return new DyadReading([(agent, patient)], agent.Start);
    }
}
