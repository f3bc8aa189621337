namespace Dyad.Text;

/// <summary>A word or punctuation mark: its surface text, its lower-cased form for matching, and its character span.</summary>
public readonly record struct Token
{
    public Token(string text, string lower, int start, int end, bool isWord) : this(text, lower, WordMap.Hash(lower), start, end, isWord) { }

    // For a word whose lower-cased form's hash is known already (the tokenizer's cache of words).
    internal Token(string text, string lower, int lowerHash, int start, int end, bool isWord)
    {
        Text = text;
        Lower = lower;
        LowerHash = lowerHash;
        Start = start;
        End = end;
        IsWord = isWord;
    }

    public string Text { get; }
    public string Lower { get; }
    public int Start { get; }
    public int End { get; }
    public bool IsWord { get; }

    /// <summary>
    /// The lower-cased form's hash, computed once: every phrase trie looks each token up, and hashing the string
    /// again in each of them cost more than the lookups themselves.
    /// </summary>
    public int LowerHash { get; }

    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);
}

public static class Tokens
{
    /// <summary>
    /// The tokens as a span, for the loops that read every token of a sentence: through the list interface every token
    /// costs a virtual call and a copy. A sentence's tokens are an array, so this copies nothing.
    /// </summary>
    public static ReadOnlySpan<Token> AsSpan(IReadOnlyList<Token> tokens) => tokens switch
    {
        Token[] array => array,
        List<Token> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        _ => tokens.ToArray(),
    };

    /// <summary>The texts of tokens [start, end) joined by single spaces, as an actor's or a date's words are shown.</summary>
    public static string Join(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end - start == 1) return tokens[start].Text;
        var length = end - start - 1;
        for (var k = start; k < end; k++) length += tokens[k].Text.Length;
        return string.Create(length, (tokens, start, end), static (span, state) =>
        {
            var at = 0;
            for (var k = state.start; k < state.end; k++)
            {
                if (k > state.start) span[at++] = ' ';
                var text = state.tokens[k].Text;
                text.CopyTo(span[at..]);
                at += text.Length;
            }
        });
    }
}
