namespace Dyad.Text;

/// <summary>A sentence of an article body: character span into the body, its text and tokens.</summary>
public sealed record Sentence(int Start, int End, string Text, IReadOnlyList<Token> Tokens);
