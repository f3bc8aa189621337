using Dyad.Languages;
using Dyad.Text;

namespace Dyad.Events;

public enum Cue { Negation, Possibility, Intent, Nominalizer, Conjunction, ClauseBreak, PassiveBefore, PassiveAfter, Attribution, TopicMarker, TopicVerb }

/// <summary>The grammar words of one language, found in a sentence in one pass.</summary>
public sealed class GrammarCues
{
    private readonly PhraseMatcher<Cue> cues = new();

    public GrammarCues(GrammarWords g)
    {
        Add(g.Negation, Cue.Negation);
        Add(g.Possibility, Cue.Possibility);
        Add(g.Intent, Cue.Intent);
        Add(g.Nominalizers, Cue.Nominalizer);
        Add(g.Conjunctions, Cue.Conjunction);
        Add(g.ClauseBreaks, Cue.ClauseBreak);
        Add(g.PassiveBefore, Cue.PassiveBefore);
        Add(g.PassiveAfter, Cue.PassiveAfter);
        Add(g.Attribution, Cue.Attribution);
        Add(g.TopicMarkers, Cue.TopicMarker);
        Add(g.TopicVerbs, Cue.TopicVerb);
    }

    private void Add(IEnumerable<string> words, Cue cue)
    {
        foreach (var w in words) cues.Add(w, cue);
    }

    public SentenceCues Find(IReadOnlyList<Token> tokens) => new(cues.FindAll(tokens));
}

/// <summary>Where each grammar cue sits in one sentence.</summary>
public sealed class SentenceCues(List<PhraseMatch<Cue>> matches)
{
    // Loops rather than LINQ: these are asked several times for every trigger, and each lambda allocated a closure.
    public bool EndsAt(Cue cue, int position)
    {
        foreach (var m in matches)
            if (m.Value == cue && m.End == position) return true;
        return false;
    }

    public bool StartsAt(Cue cue, int position)
    {
        foreach (var m in matches)
            if (m.Value == cue && m.Start == position) return true;
        return false;
    }

    /// <summary>A cue ending within <paramref name="window"/> tokens before <paramref name="position"/>, after <paramref name="notBefore"/>.</summary>
    public bool Before(Cue cue, int position, int window, int notBefore = 0)
    {
        foreach (var m in matches)
            if (m.Value == cue && m.End <= position && m.End >= position - window && m.Start >= notBefore) return true;
        return false;
    }

    public int LastBefore(Cue cue, int position)
    {
        var last = 0;
        foreach (var m in matches)
            if (m.Value == cue && m.End <= position) last = Math.Max(last, m.End);
        return last;
    }
}
