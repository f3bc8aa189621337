using Dyad.Text;

namespace Dyad.Actors;

/// <summary>
/// Finds the actors of one sentence. Names come from the gazetteer (longest match first); a role word,
/// a country and a name next to each other ("Tổng thống Nga Vladimir Putin", "Russian Foreign Minister
/// Sergey Lavrov") become one actor. A one-word country name that continues a capitalised name
/// ("Nguyễn Thị Nga") or is written in lower case ("mỹ phẩm", "us") is not a country.
/// </summary>
public sealed class ActorRecognizer
{
    private static readonly HashSet<string> Joiners = ["of", "the", "của", "'s", "’s"];
    private readonly Gazetteer gazetteer;

    public ActorRecognizer(Gazetteer gazetteer) => this.gazetteer = gazetteer;

    public IReadOnlyList<ActorMention> Recognize(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        var matches = gazetteer.Names.FindLongest(tokens);
        var kept = new List<PhraseMatch<GazetteerEntry>>(matches.Count);
        foreach (var m in matches)
        {
            if (m.Value.Kind is ActorKind.Locative or ActorKind.PlaceNoun or ActorKind.Honorific || !IsPlausible(tokens, m, matches) || HasOtherReading(tokens, m)) continue;
            var isPlaceName = m.Value.Kind is ActorKind.Country or ActorKind.Capital or ActorKind.Seat;
            // "Moscow region", "the city of Moscow": a place inside a country, not the country.
            if (isPlaceName && (Any(matches, ActorKind.PlaceNoun, startsAt: m.End) || Any(matches, ActorKind.PlaceNoun, endsAt: m.Start))) continue;
            var afterLocative = Any(matches, ActorKind.Locative, endsAt: m.Start);
            kept.Add(afterLocative && isPlaceName ? m with { Value = m.Value with { Kind = ActorKind.Place } } : m);
        }
        // One search of the sentence's text spares most sentences a look at each of their words.
        if (sentence.Contains('-')) AddHyphenPairs(tokens, kept);
        kept.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return Group(tokens, kept);
    }

    private static bool IsPlausible(IReadOnlyList<Token> tokens, PhraseMatch<GazetteerEntry> m, List<PhraseMatch<GazetteerEntry>> all)
    {
        var kind = m.Value.Kind;
        if (kind is ActorKind.Role or ActorKind.Joint or ActorKind.Generic or ActorKind.CountryAnaphor or ActorKind.PersonAnaphor or ActorKind.NotActor) return true;
        // Names are capitalised where the script has case; "us", "mỹ phẩm" are not names. Arabic or Chinese have no case to go by.
        if (char.IsLower(tokens[m.Start].Text[0]) && char.IsLower(tokens[m.End - 1].Text[0])) return false;
        if (kind == ActorKind.Person) return true;
        var single = m.End - m.Start == 1;
        // An adjective of a thing, not of an actor: "Russian roulette", "French fries", "American cinema".
        if (kind == ActorKind.Demonym && single && m.End < tokens.Count && tokens[m.End].IsWord && !tokens[m.End].IsCapitalized && !Covered(all, m.End))
            return false;
        // A capitalised word right after, itself no actor, makes this part of a longer proper name:
        // "UN Charter", "Russian Central Bank", "Cuba Gooding", "Mỹ Tho". After a role word the name is the person's.
        if (m.End < tokens.Count && IsUnknownCapitalized(tokens, m.End, all) && !AfterRoleWithoutCountry(m, all))
            return false;
        // "chị Nga", "Mr. Jordan": after an honorific the name is a person's.
        if (m.Start > 0 && Any(all, ActorKind.Honorific, endsAt: m.Start)) return false;
        if (!single || kind is not (ActorKind.Country or ActorKind.Capital or ActorKind.Seat) || m.Start == 0) return true;
        // "Moscow, Idaho": a capital followed by an unknown place is a town of that name elsewhere.
        if (kind == ActorKind.Capital && m.End + 1 < tokens.Count && tokens[m.End].Text == "," && IsUnknownCapitalized(tokens, m.End + 1, all)) return false;
        // "Conway, Washington", "Arizona, Georgia": a name after an unknown place and a comma is a state or country of an address.
        if (m.Start >= 2 && tokens[m.Start - 1].Text == "," && IsUnknownCapitalized(tokens, m.Start - 2, all)) return false;
        // A capitalised word just before, itself no actor, makes this the end of someone's name ("Nguyễn Thị Nga", "Denzel Washington").
        return !IsUnknownCapitalized(tokens, m.Start - 1, all);
    }

    // "Georgia" among Atlanta and ballots is the US state; "Turkey" beside Thanksgiving is the bird.
    private bool HasOtherReading(IReadOnlyList<Token> tokens, PhraseMatch<GazetteerEntry> m)
    {
        if (m.End - m.Start != 1 || m.Value.Kind is not (ActorKind.Country or ActorKind.Capital) || !gazetteer.OtherReadings.TryGetValue(tokens[m.Start].Text, out var cues))
            return false;
        return cues.FindAll(tokens).Any(c => c.End <= m.Start || c.Start >= m.End);
    }

    // "Tổng thống Mỹ Donald Trump": the country completes the role and the name after it is the person's.
    // "Israeli Defence Minister Israel Katz": the role has its country already, so "Israel" starts the name.
    private static bool AfterRoleWithoutCountry(PhraseMatch<GazetteerEntry> m, List<PhraseMatch<GazetteerEntry>> all)
    {
        foreach (var role in all)
            if (role.End == m.Start && role.Value.Kind == ActorKind.Role)
                return !Any(all, ActorKind.Country, endsAt: role.Start) && !Any(all, ActorKind.Demonym, endsAt: role.Start);
        return false;
    }

    // Loops rather than LINQ here and below: these run for every name in every sentence, and each lambda allocated a closure.
    private static bool Covered(List<PhraseMatch<GazetteerEntry>> all, int i)
    {
        foreach (var o in all)
            if (o.Start <= i && i < o.End) return true;
        return false;
    }

    // A match of this kind that starts or ends where given.
    private static bool Any(List<PhraseMatch<GazetteerEntry>> all, ActorKind kind, int startsAt = -1, int endsAt = -1)
    {
        foreach (var o in all)
            if (o.Value.Kind == kind && (o.Start == startsAt || o.End == endsAt)) return true;
        return false;
    }

    // The first word of a sentence is capitalised whatever it is, so it says nothing about the names next to it.
    private static bool IsUnknownCapitalized(IReadOnlyList<Token> tokens, int i, List<PhraseMatch<GazetteerEntry>> all) =>
        i > 0 && tokens[i].IsCapitalized && !Covered(all, i);

    // "Nga-Mỹ", "Russia-Cuba": two countries written as one hyphenated word are both actors, side by side.
    private void AddHyphenPairs(IReadOnlyList<Token> tokens, List<PhraseMatch<GazetteerEntry>> kept)
    {
        var span = Tokens.AsSpan(tokens);
        for (var i = 0; i < span.Length; i++)
        {
            ref readonly var t = ref span[i];
            if (!t.IsWord || t.Text.Length < 3 || !t.Text.Contains('-') || Covered(kept, i)) continue;
            var parts = Tokenizer.Tokenize(t.Text.Replace('-', ' '), 0);
            var found = gazetteer.Names.FindLongest(parts).Where(p => p.Value.Kind == ActorKind.Country).ToList();
            if (found.Count < 2 || found.Sum(f => f.End - f.Start) != parts.Count) continue;
            foreach (var f in found) kept.Add(new PhraseMatch<GazetteerEntry>(i, i + 1, f.Value with { Kind = ActorKind.Joint }, f.Weight));
        }
    }

    private List<ActorMention> Group(IReadOnlyList<Token> tokens, List<PhraseMatch<GazetteerEntry>> matches)
    {
        var result = new List<ActorMention>();
        var i = 0;
        while (i < matches.Count)
        {
            var j = i + 1;
            if (IsComposable(matches[i].Value.Kind))
                while (j < matches.Count && IsComposable(matches[j].Value.Kind) && Adjoins(tokens, matches[j - 1], matches[j])
                       && !ConflictingCountries(matches, i, j)) j++;
            if (Compose(tokens, matches, i, j) is { } mention) result.Add(mention);
            i = j;
        }
        return result;
    }

    private static bool IsComposable(ActorKind k) => k is ActorKind.Role or ActorKind.Country or ActorKind.Demonym or ActorKind.Seat or ActorKind.Capital or ActorKind.Person or ActorKind.Organisation or ActorKind.PersonAnaphor;

    // Parts of one actor sit side by side, joined at most by "of", "the", "của" or a comma; before a known
    // person, up to three unknown capitalised words are more of their name ("Bruno Eduardo Rodríguez Parrillo").
    private static bool Adjoins(IReadOnlyList<Token> tokens, PhraseMatch<GazetteerEntry> left, PhraseMatch<GazetteerEntry> right)
    {
        var (from, to) = (left.End, right.Start);
        if (right.Value.Kind == ActorKind.Person && to - from <= MaxUnknownNameWords && AllCapitalized(tokens, from, to))
            return true;
        for (var k = from; k < to; k++)
            if (!Joiners.Contains(tokens[k].Lower) && !(tokens[k].Text == "," && left.Value.Kind == ActorKind.Person)) return false;
        return to - from <= 2;
    }

    private const int MaxUnknownNameWords = 3;

    private static bool AllCapitalized(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!tokens[k].IsCapitalized) return false;
        return true;
    }

    private static bool ConflictingCountries(List<PhraseMatch<GazetteerEntry>> matches, int from, int next)
    {
        var candidate = matches[next].Value;
        if (candidate.Country is null || candidate.Kind == ActorKind.Person) return false;
        for (var k = from; k < next; k++)
            if (matches[k].Value is { Country: { } c, Kind: not ActorKind.Person } && c != candidate.Country) return true;
        return false;
    }

    private ActorMention? Compose(IReadOnlyList<Token> tokens, List<PhraseMatch<GazetteerEntry>> matches, int from, int to)
    {
        var start = matches[from].Start;
        var end = matches[from].End;
        for (var g = from + 1; g < to; g++) end = Math.Max(end, matches[g].End);
        var text = Tokens.Join(tokens, start, end);
        var (cs, ce) = (tokens[start].Start, tokens[end - 1].End);
        if (to - from == 1 && matches[from].Value.Kind is ActorKind.Joint or ActorKind.Generic or ActorKind.CountryAnaphor or ActorKind.PersonAnaphor or ActorKind.NotActor or ActorKind.Place)
        {
            var v = matches[from].Value;
            return new ActorMention(start, end, cs, ce, v.Kind, v.Country, null, null, text, Reason: new Reading(v.Kind, text));
        }
        // The group's first person, first place (anything with a country that is not a person or a role) and first role word.
        Person? person = null;
        GazetteerEntry? place = null, roleWord = null;
        for (var g = from; g < to; g++)
        {
            var v = matches[g].Value;
            person ??= v.Person;
            if (place is null && v.Kind is not (ActorKind.Person or ActorKind.Role or ActorKind.PersonAnaphor) && v.Country is not null) place = v;
            if (roleWord is null && v.Kind == ActorKind.Role) roleWord = v;
        }
        var role = roleWord?.Role ?? place?.Role;
        var country = place?.Country ?? person?.Country;
        // A role word alone ("the minister", "người đồng cấp") is kept when it can be resolved later from the text around it.
        if (country is null && roleWord?.Title is null) return null;
        var kind = person is not null ? ActorKind.Person : place?.Kind ?? ActorKind.Role;
        return new ActorMention(start, end, cs, ce, kind, country, role, person?.Name, text, roleWord?.Title,
            new GroupReading(tokens, matches, from, to)) { Person = person };
    }

    // One name read alone: "joint 'both sides'".
    private sealed class Reading(ActorKind kind, string text) : Explanation
    {
        protected override string Write() => $"{Describe(kind)} '{text}'";
    }

    // How a group was read, part by part: "role 'Foreign Minister' + person 'Sergey Lavrov'". The sentence's tokens and
    // matches are not changed once the sentence is read, so they can be read again when this is written out.
    private sealed class GroupReading(IReadOnlyList<Token> tokens, List<PhraseMatch<GazetteerEntry>> matches, int from, int to) : Explanation
    {
        protected override string Write()
        {
            var why = new System.Text.StringBuilder();
            for (var g = from; g < to; g++)
            {
                if (g > from) why.Append(" + ");
                why.Append(Describe(matches[g].Value.Kind)).Append(" '").Append(Tokens.Join(tokens, matches[g].Start, matches[g].End)).Append('\'');
            }
            return why.ToString();
        }
    }

    private static readonly string[] KindNames = Enum.GetValues<ActorKind>().Select(k => k.ToString().ToLowerInvariant()).ToArray();

    private static string Describe(ActorKind kind) => (int)kind < KindNames.Length ? KindNames[(int)kind] : kind.ToString().ToLowerInvariant();
}
