namespace Dyad.Text;

/// <summary>
/// A sentence of an article body: its character span into the body, its tokens, and its text. The text is cut from the
/// body when first asked for: only the sentences quoted as an event's evidence ever are, and copying every sentence
/// of every article was a good part of what an ingest allocates.
/// </summary>
public sealed class Sentence(string body, int start, int end, IReadOnlyList<Token> tokens)
{
    private string? text;

    public int Start => start;
    public int End => end;
    public IReadOnlyList<Token> Tokens => tokens;
    public string Text => text ??= body[start..end];

    /// <summary>Whether the sentence's text holds the character, read in place.</summary>
    public bool Contains(char c) => body.AsSpan(start, end - start).Contains(c);
}
