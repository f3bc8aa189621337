using Dyad.Text;

namespace Dyad.Ingest;

public enum ContentKind { Text, Html }

/// <summary>
/// One document as a reader found it, before extraction: its id (file name, record id or URL),
/// where it came from, its decoded text, and what the container said about it.
/// </summary>
public sealed record RawDocument(
    string Id,
    string Origin,
    string Content,
    ContentKind Kind,
    PartialDate? DeclaredDate = null,
    string? DeclaredDateSource = null,
    string? DeclaredTitle = null)
{
    /// <summary>The content's hash (<see cref="ContentHashing"/>) when the reader took it from the bytes it read; else null.</summary>
    public string? KnownContentHash { get; init; }
}

/// <summary>An input that could not be read, with a one-line reason.</summary>
public sealed record ReadFailure(string Origin, string Problem)
{
    public override string ToString() => $"{Origin}: {Problem}";
}

/// <summary>Either a document or a failure: readers never throw for bad input, so a batch goes on.</summary>
public readonly record struct ReadResult(RawDocument? Document, ReadFailure? Failure)
{
    public static ReadResult Ok(RawDocument d) => new(d, null);
    public static ReadResult Fail(string origin, string problem) => new(null, new ReadFailure(origin, problem));
}
