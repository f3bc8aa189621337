namespace Dyad.Text;

/// <summary>A word or punctuation mark: its surface text, its lower-cased form for matching, and its character span.</summary>
public readonly record struct Token(string Text, string Lower, int Start, int End, bool IsWord)
{
    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);
}
