using Dyad.Text;

namespace Dyad.Extraction;

/// <summary>
/// The article a page carries: headline, its own publication date (and where that came from),
/// language, and the body as paragraphs joined by newlines. Captions are kept apart from the body.
/// </summary>
public sealed record Article(
    string Doc,
    string Origin,
    string Lang,
    string? Title,
    PartialDate? Published,
    string? PublishedSource,
    string Body,
    IReadOnlyList<string> Captions);
