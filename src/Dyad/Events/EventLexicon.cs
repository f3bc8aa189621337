using Dyad.Languages;
using Dyad.Text;

namespace Dyad.Events;

/// <summary>
/// One language's trigger phrases (data/&lt;lang&gt;/events.tsv), expanded to every form of their head verb
/// where the language lists its inflections (data/&lt;lang&gt;/inflections.tsv), and its reported-speech verbs.
/// </summary>
public sealed class EventLexicon
{
    public PhraseMatcher<Trigger> Triggers { get; } = new();

    public static EventLexicon Load(LanguageCatalog catalog, LanguageProfile profile, CameoTable cameo)
    {
        var lexicon = new EventLexicon();
        var folder = catalog.LanguageFolder(profile.Code);
        var source = $"{profile.Code}/events.tsv";
        // A verb of saying opens reported speech; it is not itself an event, even where the lexicon lists it as a statement.
        var speech = profile.Grammar.SpeechVerbs.Select(v => v.ToLowerInvariant()).ToHashSet();
        var rows = File.Exists(Path.Combine(folder, "events.tsv"))
            ? TsvFile.Read(Path.Combine(folder, "events.tsv"))
                .Select(r => (Code: r.Get("cameo"), Pattern: r.Get("pattern")))
                .Where(r => r.Pattern.Length > 0 && !speech.Contains(r.Pattern.ToLowerInvariant()) && (r.Code == "-" || cameo.Contains(r.Code)))
                .ToList()
            : [];
        foreach (var (code, pattern) in rows) lexicon.Triggers.Add(pattern, Make(code, pattern, pattern, source));
        // Written rows come first, so an inflected form never overrides a row that lists the same phrase.
        var written = rows.Select(r => Key(r.Pattern)).ToHashSet();
        var inflections = Inflections.Load(Path.Combine(folder, "inflections.tsv"));
        foreach (var (code, pattern) in rows)
            foreach (var variant in inflections.Variants(pattern))
                if (written.Add(Key(variant)))
                    lexicon.Triggers.Add(variant, Make(code, variant, pattern, source));
        foreach (var verb in profile.Grammar.SpeechVerbs)
            lexicon.Triggers.Add(verb, new Trigger(TriggerKind.Speech, "", verb, $"{profile.Code}/language.yaml"));
        return lexicon;
    }

    // "-" marks a phrase that contains a trigger but is none ("tiếp tục" = "continue", not "tiếp" = "receive").
    private static Trigger Make(string code, string pattern, string written, string source) =>
        new(code == "-" ? TriggerKind.Blocked : TriggerKind.Event, code, written == pattern ? pattern : $"{pattern} (from \"{written}\")", source);

    private static string Key(string pattern) => TextNormalizer.CollapseWhitespace(pattern.ToLowerInvariant());
}
