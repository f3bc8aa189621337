using System.Globalization;
using Dyad.Languages;

namespace Dyad.Actors;

/// <summary>The people of data/common/people.tsv, one per name and country, with every office they held.</summary>
public sealed class PersonDirectory
{
    public IReadOnlyList<Person> People { get; }

    // The people of each country, in the file's order: a holder is looked for among a few people, not the whole list.
    private readonly Dictionary<string, Person[]> byCountry;

    private PersonDirectory(IReadOnlyList<Person> people)
    {
        People = people;
        byCountry = people.GroupBy(p => p.Country).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>Who held an office in a country on a date: "Ngoại trưởng Mỹ" in a 2018 article is Mike Pompeo.</summary>
    public Person? Holder(string country, string title, DateOnly date)
    {
        if (!byCountry.TryGetValue(country, out var candidates)) return null;
        foreach (var p in candidates)
            foreach (var o in p.Offices)
                if (o.Title == title && o.HeldOn(date)) return p;
        return null;
    }

    public static PersonDirectory Load(string path)
    {
        if (!File.Exists(path)) return new PersonDirectory([]);
        var people = TsvFile.Read(path)
            .Where(r => r.Get("name").Length > 0 && r.Get("country").Length > 0)
            .GroupBy(r => (Name: r.Get("name"), Country: r.Get("country")))
            .Select(g => new Person(g.Key.Name, g.Key.Country,
                g.SelectMany(r => r.Get("variants").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList(),
                g.Select(r => new Office(r.Get("role") is { Length: > 0 } role ? role : "GOV", r.Get("title"), ParseDate(r.Get("start")), ParseDate(r.Get("end")))).ToList()))
            .ToList();
        return new PersonDirectory(people);
    }

    private static DateOnly? ParseDate(string s)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        return DateOnly.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
