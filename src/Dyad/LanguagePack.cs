using Dyad.Actors;
using Dyad.Events;
using Dyad.Languages;
using Dyad.Text;

namespace Dyad;

/// <summary>Everything the actor and event stages need for one language, built once from its data folder.</summary>
public sealed class LanguagePack
{
    public required LanguageProfile Profile { get; init; }
    public required ActorRecognizer Actors { get; init; }
    public required PersonDirectory People { get; init; }
    public required EventCoder Coder { get; init; }

    public static LanguagePack Load(LanguageCatalog catalog, LanguageProfile profile, CameoTable cameo)
    {
        var gazetteer = Gazetteer.Load(catalog, profile);
        return new LanguagePack
        {
            Profile = profile,
            Actors = new ActorRecognizer(gazetteer),
            People = gazetteer.People,
            Coder = new EventCoder(EventLexicon.Load(catalog, profile, cameo), new GrammarCues(profile.Grammar), new DateFinder(profile), cameo),
        };
    }
}
