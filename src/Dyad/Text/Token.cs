namespace Dyad.Text;

/// <summary>A word or punctuation mark: its surface text, its lower-cased form for matching, and its character span.</summary>
public readonly record struct Token(string Text, string Lower, int Start, int End, bool IsWord)
{
    /// <summary>
    /// The lower-cased form's hash, computed once: every phrase trie looks each token up, and hashing the string
    /// again in each of them cost more than the lookups themselves.
    /// </summary>
    public int LowerHash { get; } = WordMap.Hash(Lower);

    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);
}
