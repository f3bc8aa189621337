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

    private Gazetteer(PersonDirectory people) => People = people;

    public static Gazetteer Load(LanguageCatalog catalog, LanguageProfile profile)
    {
        var g = new Gazetteer(PersonDirectory.Load(catalog.CommonFile("people.tsv")));
        var folder = catalog.LanguageFolder(profile.Code);
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
        return g;
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
