using Dyad.Languages;
using Dyad.Text;

namespace Dyad.Events;

/// <summary>One language's trigger phrases (data/&lt;lang&gt;/events.tsv) and reported-speech verbs (language.yaml).</summary>
public sealed class EventLexicon
{
    public PhraseMatcher<Trigger> Triggers { get; } = new();

    public static EventLexicon Load(LanguageCatalog catalog, LanguageProfile profile, CameoTable cameo)
    {
        var lexicon = new EventLexicon();
        var file = Path.Combine(catalog.LanguageFolder(profile.Code), "events.tsv");
        // A verb of saying opens reported speech; it is not itself an event, even where the lexicon lists it as a statement.
        var speech = profile.Grammar.SpeechVerbs.Select(v => v.ToLowerInvariant()).ToHashSet();
        if (File.Exists(file))
            foreach (var row in TsvFile.Read(file))
            {
                var code = row.Get("cameo");
                var pattern = row.Get("pattern");
                if (pattern.Length == 0 || speech.Contains(pattern.ToLowerInvariant())) continue;
                // "-" marks a phrase that contains a trigger but is none ("tiếp tục" = "continue", not "tiếp" = "receive").
                if (code == "-") lexicon.Triggers.Add(pattern, new Trigger(TriggerKind.Blocked, code, pattern, $"{profile.Code}/events.tsv"));
                else if (cameo.Contains(code)) lexicon.Triggers.Add(pattern, new Trigger(TriggerKind.Event, code, pattern, $"{profile.Code}/events.tsv"));
            }
        foreach (var verb in profile.Grammar.SpeechVerbs)
            lexicon.Triggers.Add(verb, new Trigger(TriggerKind.Speech, "", verb, $"{profile.Code}/language.yaml"));
        return lexicon;
    }
}
