using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Dyad.Actors;
using Dyad.Events;
using Dyad.Extraction;
using Dyad.Ingest;
using Dyad.Languages;
using Dyad.Text;

namespace Dyad;

/// <summary>
/// read → extract → split sentences → find actors → code events. Thread-safe: the language packs are
/// read-only once built, so documents can be processed in parallel.
/// </summary>
public sealed class DyadPipeline
{
    private readonly LanguageCatalog catalog;
    private readonly ArticleExtractor extractor;
    private readonly ConcurrentDictionary<string, LanguagePack?> packs = new(StringComparer.OrdinalIgnoreCase);

    public CameoTable Cameo { get; }

    public DyadPipeline(LanguageCatalog? catalog = null)
    {
        this.catalog = catalog ?? LanguageCatalog.Load();
        Cameo = CameoTable.Load(this.catalog);
        extractor = new ArticleExtractor(this.catalog, new LanguageIdentifier(this.catalog));
    }

    public Article Extract(RawDocument raw) => extractor.Extract(raw);

    public ProcessedDocument Process(RawDocument raw)
    {
        var article = extractor.Extract(raw);
        return new ProcessedDocument(raw, article, CodeEvents(article), ContentHash(raw.Content));
    }

    public IReadOnlyList<CodedEvent> CodeEvents(Article article)
    {
        if (Pack(article.Lang) is not { } pack) return [];
        var sentences = SentenceSplitter.Split(article.Body);
        var titleActors = article.Title is null ? null : pack.Actors.Recognize(SentenceSplitter.Split(article.Title).FirstOrDefault() ?? new Sentence(0, 0, "", []));
        var actors = DocumentActors.Resolve(sentences, pack.Actors, titleActors);
        return pack.Coder.Code(article, sentences, actors);
    }

    public LanguagePack? Pack(string lang) =>
        packs.GetOrAdd(lang, code => catalog.Find(code) is { } profile ? LanguagePack.Load(catalog, profile, Cameo) : null);

    public static string ContentHash(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..32];
}
