using System.Collections.Concurrent;
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
        return new ProcessedDocument(article, CodeEvents(article), ContentHash(raw));
    }

    public IReadOnlyList<CodedEvent> CodeEvents(Article article)
    {
        if (Pack(article.Lang) is not { } pack) return [];
        var sentences = SentenceSplitter.Split(article.Body);
        return pack.Coder.Code(article, sentences, ResolveActors(pack, article, sentences));
    }

    /// <summary>The actors of each sentence of the article's body, resolved; empty for a language Dyad has no data for.</summary>
    public IReadOnlyList<IReadOnlyList<ActorMention>> Actors(Article article) =>
        Pack(article.Lang) is { } pack ? ResolveActors(pack, article, SentenceSplitter.Split(article.Body)).BySentence : [];

    /// <summary>The actors named in photo captions: not a source of events, but people the page is about.</summary>
    public IReadOnlyList<ActorMention> CaptionActors(Article article) =>
        Pack(article.Lang) is { } pack
            ? article.Captions.SelectMany(c => DocumentActors.Resolve(SentenceSplitter.Split(c), pack.Actors, pack.People, article.Published).BySentence.SelectMany(s => s)).ToList()
            : [];

    private static DocumentActors ResolveActors(LanguagePack pack, Article article, IReadOnlyList<Sentence> sentences)
    {
        var titleActors = article.Title is null ? null : SentenceSplitter.Split(article.Title).SelectMany(pack.Actors.Recognize).ToList();
        return DocumentActors.Resolve(sentences, pack.Actors, pack.People, article.Published, titleActors);
    }

    public LanguagePack? Pack(string lang) =>
        packs.GetOrAdd(lang, code => catalog.Find(code) is { } profile ? LanguagePack.Load(catalog, profile, Cameo) : null);

    public static string ContentHash(string content) => ContentHashing.Of(content);

    /// <summary>The document's content hash, from the reader when it took it from the bytes it read.</summary>
    public static string ContentHash(RawDocument raw) => raw.KnownContentHash ?? ContentHashing.Of(raw.Content);
}
