using Dyad.Languages;
using Dyad.Text;

namespace Dyad.Actors;

/// <summary>
/// Every actor name one language knows, from its data files: country names (generated and by hand),
/// demonyms, capitals and seats of power, organisations, role words, people, and grammar words that
/// stand for actors ("both sides", "nước này").
/// </summary>
public sealed class Gazetteer
{
    public PhraseMatcher<GazetteerEntry> Names { get; } = new();
    public PersonDirectory People { get; }

    /// <summary>For a name with another common reading, the words that signal that reading (data/&lt;lang&gt;/ambiguous.tsv).</summary>
    public IReadOnlyDictionary<string, PhraseMatcher<bool>> OtherReadings { get; private init; } = new Dictionary<string, PhraseMatcher<bool>>();

    private Gazetteer(PersonDirectory people) => People = people;

    public static Gazetteer Load(LanguageCatalog catalog, LanguageProfile profile)
    {
        var folder = catalog.LanguageFolder(profile.Code);
        var g = new Gazetteer(PersonDirectory.Load(catalog.CommonFile("people.tsv"))) { OtherReadings = LoadOtherReadings(Path.Combine(folder, "ambiguous.tsv")) };
        foreach (var file in new[] { "countries.generated.tsv", "actors.tsv" }.Select(f => Path.Combine(folder, f)).Where(File.Exists))
            foreach (var row in TsvFile.Read(file))
                if (ParseKind(row.Get("kind")) is { } kind && row.Get("name") is { Length: > 0 } name)
                    g.Names.Add(name, new GazetteerEntry(kind, Empty(row.Get("country")), Empty(row.Get("role")), null, null));
        var roles = Path.Combine(folder, "roles.tsv");
        if (File.Exists(roles))
            foreach (var row in TsvFile.Read(roles))
                g.Names.Add(row.Get("phrase"), new GazetteerEntry(ActorKind.Role, null, Empty(row.Get("role")), Empty(row.Get("title")), null));
        foreach (var person in g.People.People)
            foreach (var name in person.Variants.Prepend(person.Name).Distinct())
                g.Names.Add(name, new GazetteerEntry(ActorKind.Person, person.Country, null, null, person));
        var grammar = profile.Grammar;
        AddWords(g, grammar.JointSubjects, ActorKind.Joint);
        AddWords(g, grammar.GenericActors, ActorKind.Generic);
        AddWords(g, grammar.CountryAnaphors, ActorKind.CountryAnaphor);
        AddWords(g, grammar.PersonAnaphors, ActorKind.PersonAnaphor);
        AddWords(g, grammar.Locatives, ActorKind.Locative);
        AddWords(g, grammar.PlaceNouns, ActorKind.PlaceNoun);
        AddWords(g, grammar.Honorifics, ActorKind.Honorific);
        return g;
    }

    private static Dictionary<string, PhraseMatcher<bool>> LoadOtherReadings(string path)
    {
        var readings = new Dictionary<string, PhraseMatcher<bool>>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path)) return readings;
        foreach (var row in TsvFile.Read(path))
        {
            var cues = new PhraseMatcher<bool>();
            foreach (var cue in row.Get("cues").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) cues.Add(cue, true);
            readings[row.Get("name")] = cues;
        }
        return readings;
    }

    private static void AddWords(Gazetteer g, IEnumerable<string> words, ActorKind kind)
    {
        foreach (var w in words) g.Names.Add(w, new GazetteerEntry(kind, null, null, null, null));
    }

    private static string? Empty(string s) => s.Length == 0 ? null : s;

    private static ActorKind? ParseKind(string kind) => kind switch
    {
        "country" => ActorKind.Country,
        "demonym" => ActorKind.Demonym,
        "capital" => ActorKind.Capital,
        "seat" => ActorKind.Seat,
        "org" => ActorKind.Organisation,
        "not_actor" => ActorKind.NotActor,
        _ => null,
    };
}
