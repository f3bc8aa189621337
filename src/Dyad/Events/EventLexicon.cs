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
        var lineNumber = 0;
        if (File.Exists(file))
            foreach (var row in TsvFile.Read(file))
            {
                lineNumber++;
                var code = row.Get("cameo");
                var pattern = row.Get("pattern");
                if (pattern.Length == 0 || !cameo.Contains(code)) continue;
                lexicon.Triggers.Add(pattern, new Trigger(TriggerKind.Event, code, pattern, $"{profile.Code}/events.tsv"));
            }
        foreach (var verb in profile.Grammar.SpeechVerbs)
            lexicon.Triggers.Add(verb, new Trigger(TriggerKind.Speech, "", verb, $"{profile.Code}/language.yaml"));
        return lexicon;
    }
}
