namespace Dyad.Text;

/// <summary>
/// Which of the 65,536 UTF-16 code units a Unicode test accepts, as a bit table (8 KB): one load answers for any
/// character, where char.IsLetter, IsUpper or IsWhiteSpace look up the Unicode category of everything outside Latin-1.
/// The extractor asks these of every character of every line.
/// </summary>
public sealed class CharSet
{
    private readonly ulong[] bits = new ulong[(char.MaxValue + 1) / 64];

    public CharSet(Func<char, bool> test)
    {
        for (var c = 0; c <= char.MaxValue; c++)
            if (test((char)c)) bits[c >> 6] |= 1UL << c;
    }

    public bool Contains(char c) => (bits[c >> 6] & (1UL << c)) != 0;

    public bool ContainsAny(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (Contains(c)) return true;
        return false;
    }

    /// <summary>Whether every character of the text is in the set.</summary>
    public bool ContainsAll(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!Contains(c)) return false;
        return true;
    }

    public int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
            if (Contains(c)) count++;
        return count;
    }

    public static readonly CharSet WhiteSpace = new(char.IsWhiteSpace);
    public static readonly CharSet Letters = new(char.IsLetter);
    public static readonly CharSet Upper = new(char.IsUpper);
    public static readonly CharSet Lower = new(char.IsLower);
}
