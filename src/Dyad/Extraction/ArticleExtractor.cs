using Dyad.Ingest;
using Dyad.Languages;
using Dyad.Text;

namespace Dyad.Extraction;

/// <summary>Turns a raw document (plain text or HTML) into its article.</summary>
public sealed class ArticleExtractor
{
    private readonly LanguageIdentifier identifier;
    private readonly Dictionary<string, DateFinder> dateFinders;
    private readonly List<DateFinder> allDateFinders;
    private readonly LineClassifier classifier;

    public ArticleExtractor(LanguageCatalog catalog, LanguageIdentifier identifier)
    {
        this.identifier = identifier;
        dateFinders = catalog.Profiles.ToDictionary(p => p.Code, p => new DateFinder(p), StringComparer.OrdinalIgnoreCase);
        allDateFinders = dateFinders.Values.ToList();
        classifier = new LineClassifier(new PageMarkers(catalog), IsDateLine);
    }

    public Article Extract(RawDocument raw)
    {
        var page = raw.Kind == ContentKind.Html ? HtmlPage.Parse(raw.Content) : null;
        var lines = PageLine.Split(page?.Text ?? raw.Content);
        var kinds = classifier.Classify(lines, page?.Title ?? raw.DeclaredTitle);

        // A block printed twice in a page (a lede repeated under the photo) is kept once.
        var body = string.Join('\n', Pick(lines, kinds, LineKind.Body).Distinct(StringComparer.Ordinal));
        var title = page?.Title ?? raw.DeclaredTitle ?? Pick(lines, kinds, LineKind.Title).FirstOrDefault();
        var lang = identifier.Identify(title, body);
        // The article's language decides which language's date formats are tried first; a page without a readable
        // body is judged on all its text.
        var finders = FindersFor(lang == LanguageIdentifier.Undetermined ? identifier.Identify(page?.Text ?? raw.Content) : lang);
        var (published, source) = page?.Published is { } meta ? (meta, "metadata") : PublicationDating.Find(lines, kinds, finders);
        if (published is null && raw.DeclaredDate is { } declared) (published, source) = (declared, raw.DeclaredDateSource ?? "container");
        if (lang == LanguageIdentifier.Undetermined && page?.Lang is { Length: >= 2 } htmlLang) lang = htmlLang[..2].ToLowerInvariant();
        return new Article(raw.Id, raw.Origin, lang, title, published, source, body, Pick(lines, kinds, LineKind.Caption).ToList());
    }

    private List<DateFinder> FindersFor(string lang)
    {
        var first = dateFinders.TryGetValue(lang, out var f) ? f : null;
        var list = new List<DateFinder>();
        if (first is not null) list.Add(first);
        list.AddRange(dateFinders.Values.Where(d => d != first));
        return list;
    }

    private bool IsDateLine(PageLine line) =>
        PublicationDating.FirstAbsolute(line.Text, allDateFinders, int.MaxValue) is not null;

    private static IEnumerable<string> Pick(IReadOnlyList<PageLine> lines, LineKind[] kinds, LineKind kind)
    {
        for (var i = 0; i < lines.Count; i++) if (kinds[i] == kind) yield return lines[i].Text;
    }
}
