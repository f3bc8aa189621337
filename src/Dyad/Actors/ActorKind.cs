namespace Dyad.Actors;

public enum ActorKind
{
    Country, Demonym, Capital, Seat, Organisation, Person, Role,
    /// <summary>"both sides", "hai bên": the article's two main actors together.</summary>
    Joint,
    /// <summary>"all parties", "any country": too vague to be one end of a dyad.</summary>
    Generic,
    CountryAnaphor, PersonAnaphor,
    /// <summary>A phrase that contains an actor's name but is not an actor ("UN Charter", "tiếng Nga").</summary>
    NotActor,
    /// <summary>A country or city named as where something happens ("talks in Moscow", "ở Hà Nội"): a location, not an actor.</summary>
    Place,
    /// <summary>A word that makes the name after it a place ("in", "ở").</summary>
    Locative,
    /// <summary>A noun that makes the name before it a place ("Moscow region", "Washington state").</summary>
    PlaceNoun,
    /// <summary>A title before a person's name ("chị", "Mr."): a country name after it is a given name.</summary>
    Honorific,
}
