using System.Globalization;
using Dyad.Languages;

namespace Dyad.Events;

/// <summary>The CAMEO codebook from data/common/cameo.tsv: names, Goldstein scores, quad classes, PLOVER types.</summary>
public sealed class CameoTable
{
    private readonly Dictionary<string, CameoCode> codes;

    private CameoTable(Dictionary<string, CameoCode> codes) => this.codes = codes;

    public static CameoTable Load(LanguageCatalog catalog)
    {
        var codes = TsvFile.Read(catalog.CommonFile("cameo.tsv")).Select(r => new CameoCode(
                r.Get("cameo"), r.Get("root"), r.Get("name"),
                double.Parse(r.Get("goldstein"), CultureInfo.InvariantCulture),
                int.Parse(r.Get("quad_class"), CultureInfo.InvariantCulture),
                NullIfEmpty(r.Get("plover")), NullIfEmpty(r.Get("plover_mode"))))
            .ToDictionary(c => c.Code, StringComparer.Ordinal);
        return new CameoTable(codes);
    }

    public bool Contains(string code) => codes.ContainsKey(code);

    public CameoCode this[string code] => codes[code];

    public IEnumerable<CameoCode> All => codes.Values;

    // Root 01 statements have no PLOVER type of their own; the root's type stands in where a code lacks one.
    public string? PloverOf(CameoCode c) => c.Plover ?? (codes.TryGetValue(c.Root, out var root) ? root.Plover : null);

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
