namespace Dyad.Languages;

/// <summary>The ISO 3166-1 alpha-3 codes of data/common/countries.tsv: what is a country, as opposed to an organisation.</summary>
public static class CountryCodes
{
    public static HashSet<string> Load(LanguageCatalog catalog) =>
        TsvFile.Read(catalog.CommonFile("countries.tsv")).Select(r => r.Get("code")).Where(c => c.Length == 3).ToHashSet(StringComparer.Ordinal);
}
