using System.Security.Cryptography;
using System.Text;
using Dyad.Actors;
using Dyad.Extraction;
using Dyad.Text;

namespace Dyad.Events;

/// <summary>
/// Codes the events of an article, sentence by sentence: trigger phrases from the lexicon, source and
/// target from the sentence around them, modality and negation from the grammar words, a date from the
/// sentence or the article; then merges the reports of one event.
/// </summary>
public sealed class EventCoder(EventLexicon lexicon, GrammarCues grammar, DateFinder dates, CameoTable cameo)
{
    private const int CueWindow = 4;

    // With "will", "plans to", an act of cooperation is an intent to cooperate (CAMEO root 03).
    private static readonly Dictionary<string, string> IntentCodes = new() { ["04"] = "036", ["05"] = "032", ["06"] = "031", ["07"] = "033", ["08"] = "035" };

    public IReadOnlyList<CodedEvent> Code(Article article, IReadOnlyList<Sentence> sentences, DocumentActors actors)
    {
        var events = new List<CodedEvent>();
        for (var s = 0; s < sentences.Count; s++)
            CodeSentence(article, sentences[s], actors.BySentence[s], actors, events);
        return EventMerger.Merge(events);
    }

    private void CodeSentence(Article article, Sentence sentence, IReadOnlyList<ActorMention> mentions, DocumentActors document, List<CodedEvent> events)
    {
        if (mentions.Count == 0) return;
        var tokens = sentence.Tokens;
        // Most sentences with an actor have no trigger: their grammar words and dates are looked for only when one has.
        SentenceCues? found = null;
        List<DateMention>? foundDates = null;
        var clauseStart = 0;
        ActorMention? speaker = null;
        var objectSpans = new List<(int From, int To)>();
        DyadReading? previous = null;
        foreach (var match in lexicon.Triggers.FindLongest(tokens))
        {
            var trigger = match.Value;
            // A phrase inside an actor's name ("states" in "United States") is no trigger.
            if (trigger.Kind == TriggerKind.Blocked || InsideActor(mentions, match)) continue;
            var cues = found ??= grammar.Find(tokens);
            var start = Math.Max(clauseStart, cues.LastBefore(Cue.ClauseBreak, match.Start));
            if (trigger.Kind == TriggerKind.Speech)
            {
                speaker = ConcreteBetween(mentions, start, match.Start) ?? speaker;
                clauseStart = match.End;
                continue;
            }
            if (InsideObject(objectSpans, match.Start)) continue;
            if (cues.EndsAt(Cue.Nominalizer, match.Start) || cues.Before(Cue.Negation, match.Start, CueWindow - 1, start)) continue;
            var reading = DyadReader.Read(mentions, cues, match.Start, match.End, start, speaker, document, previous);
            if (reading is null) continue;
            previous = reading;
            objectSpans.Add((match.End, reading.TargetStart));
            // Modal words count between the subject and the verb ("Russia may sign"), not before the subject ("In May, Russia signed").
            var afterSubject = start;
            foreach (var (source, _) in reading.Pairs)
                if (source.End <= match.Start) afterSubject = Math.Max(afterSubject, source.End);
            var modality = cues.Before(Cue.Possibility, match.Start, CueWindow, afterSubject) ? "possible"
                : cues.Before(Cue.Intent, match.Start, CueWindow, afterSubject) ? "intended" : "asserted";
            var code = cameo[modality != "asserted" && IntentCodes.TryGetValue(cameo[trigger.Cameo].Root, out var intent) ? intent : trigger.Cameo];
            var (date, dateReason) = EventDating.Date(foundDates ??= dates.Find(tokens), match.Start, match.End, article.Published);
            foreach (var (source, target) in reading.Pairs)
                events.Add(Build(article, sentence, tokens, match, trigger, code, modality, source, target, date, dateReason));
        }
    }

    // Loops rather than LINQ: these run for every trigger found, and each lambda allocated a closure.
    private static bool InsideActor(IReadOnlyList<ActorMention> mentions, PhraseMatch<Trigger> match)
    {
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Start <= match.Start && match.End <= mentions[i].End) return true;
        return false;
    }

    // The last concrete actor within [start, end) tokens.
    private static ActorMention? ConcreteBetween(IReadOnlyList<ActorMention> mentions, int start, int end)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
            if (mentions[i] is { IsConcrete: true } m && m.End <= end && m.Start >= start) return m;
        return null;
    }

    private static bool InsideObject(List<(int From, int To)> objectSpans, int position)
    {
        foreach (var (from, to) in objectSpans)
            if (position >= from && position < to) return true;
        return false;
    }

    private CodedEvent Build(Article article, Sentence sentence, IReadOnlyList<Token> tokens, PhraseMatch<Trigger> match, Trigger trigger,
        CameoCode code, string modality, ActorMention source, ActorMention target, PartialDate? date, string dateReason)
    {
        var triggerStart = tokens[match.Start].Start;
        var triggerEnd = tokens[match.End - 1].End;
        var evidence = new Evidence(article.Doc, sentence.Text, sentence.Start, sentence.End, article.Body[triggerStart..triggerEnd], triggerStart, triggerEnd,
            source.CharStart, source.CharEnd, target.CharStart, target.CharEnd, trigger.Citation, dateReason);
        var confidence = Confidence(match, source, target, modality);
        var (sourceActor, targetActor) = (Actor(source), Actor(target));
        var id = EventId(sourceActor, targetActor, code.Root, date, article.Doc);
        return new CodedEvent(id, article.Doc, date, sourceActor, targetActor, code, cameo.PloverOf(code), article.Lang, confidence, modality, [evidence]);
    }

    private static EventActor Actor(ActorMention m) => new(m.Code, m.Country!, m.Role, m.Name);

    private static double Confidence(PhraseMatch<Trigger> match, ActorMention source, ActorMention target, string modality)
    {
        var c = 0.5;
        if (match.Weight >= 2) c += 0.15;
        if (source.Kind is not (ActorKind.Joint or ActorKind.PersonAnaphor or ActorKind.CountryAnaphor)) c += 0.15;
        if (target.Kind is not (ActorKind.Joint or ActorKind.PersonAnaphor or ActorKind.CountryAnaphor)) c += 0.1;
        if (modality == "possible") c *= 0.6;
        else if (modality == "intended") c *= 0.85;
        return Math.Round(Math.Min(c, 0.95), 2);
    }

    /// <summary>
    /// The same dyad, root and date is the same event whichever article reports it; an event without a full
    /// date cannot be told apart from others, so it stays within its own article.
    /// </summary>
    public static string EventId(EventActor source, EventActor target, string root, PartialDate? date, string doc)
    {
        var key = $"{source.Country}|{target.Country}|{root}|{date?.ToIso()}";
        if (date is not { Year: not null }) key += "|" + doc;
        // The first 8 bytes of the key's SHA-256 in hex, hashed on the stack: every event of every article has one.
        Span<byte> utf8 = key.Length <= 256 ? stackalloc byte[key.Length * 3] : new byte[Encoding.UTF8.GetMaxByteCount(key.Length)];
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(key, utf8)], hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
