using System.Globalization;

namespace Dyad.Text;

/// <summary>
/// Splits text into word and punctuation tokens. Words keep inner hyphens, apostrophes and dots
/// ("Diaz-Canel", "U.S.", "2/11") because names and dates are written with them.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text, int offset = 0, int length = -1)
    {
        if (length < 0) length = text.Length - offset;
        var tokens = new List<Token>(length / 5 + 1);
        Tokenize(text, offset, length, tokens);
        return tokens;
    }

    /// <summary>Adds the tokens of text[offset..offset+length] to <paramref name="tokens"/>, for callers that reuse one list.</summary>
    public static void Tokenize(string text, int offset, int length, List<Token> tokens)
    {
        var end = offset + length;
        var i = offset;
        while (i < end)
        {
            var c = text[i];
            if (CharSet.WhiteSpace.Contains(c)) { i++; continue; }
            if (IsWordChar(c))
            {
                var start = i;
                i++;
                // Chinese and Japanese are written without spaces: each ideograph or kana is a token of its own.
                if (!IsCjk(c))
                    while (i < end && !IsCjk(text[i]) && (IsWordChar(text[i]) || IsJoiner(text, i, end))) i++;
                var word = KnownWords.Of(text.AsSpan(start, i - start));
                tokens.Add(new Token(word.Text, word.Lower, word.LowerHash, start, i, true));
                continue;
            }
            // Punctuation has no case: one string serves as both forms, shared for ASCII marks.
            var mark = c < AsciiMarks.Length ? AsciiMarks[c] : c.ToString();
            tokens.Add(new Token(mark, mark, i, i + 1, false));
            i++;
        }
    }

    /// <summary>
    /// The words this thread has tokenized before, each with its lower-cased form and that form's hash: most tokens of
    /// a text are words it or an earlier text used already, and giving each its own two strings was a fifth of all that
    /// an ingest allocated (more garbage collections, each copying the batches in flight). Bounded: emptied when full.
    /// </summary>
    private sealed class KnownWords
    {
        private const int Capacity = 100_000;
        [ThreadStatic] private static KnownWords? perThread;
        private readonly Dictionary<string, Word> words = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> bySpan;

        private KnownWords() => bySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();

        public static Word Of(ReadOnlySpan<char> text)
        {
            var known = perThread ??= new KnownWords();
            if (known.bySpan.TryGetValue(text, out var word)) return word;
            if (known.words.Count >= Capacity) known.words.Clear();
            var surface = text.ToString();
            var lower = LowerCase.Of(surface);
            word = new Word(surface, lower, WordMap.Hash(lower));
            known.words.Add(surface, word);
            return word;
        }
    }

    private sealed record Word(string Text, string Lower, int LowerHash);

    private static readonly string[] AsciiMarks = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    private static bool IsWordChar(char c) => WordChars.Contains(c);

    private static readonly CharSet WordChars = new(c =>
    {
        if (char.IsLetterOrDigit(c)) return true;
        var cat = char.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    });

    // A joiner belongs to a word only when a letter or digit follows it: "Diaz-Canel", "U.S.", "2/11", "don't".
    private static bool IsJoiner(string text, int i, int end)
    {
        var c = text[i];
        if (c is not ('-' or '\'' or '’' or '.' or '/' or ',' or ':')) return false;
        // The possessive "'s" is a word of its own, so "Jordan’s" still contains the name "Jordan".
        if (c is '\'' or '’' && IsPossessive(text, i, end)) return false;
        if (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])) return c == '.' && IsAbbreviationDot(text, i);
        if (c is ',' or ':') return char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
        // Dots inside a word with no space after them belong to it: "VOV.VN", "vnexpress.net", "3.5", "U.S".
        if (c == '.') return true;
        return true;
    }

    private static bool IsPossessive(string text, int i, int end) =>
        i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2]));

    // "U.S." keeps its final dot; "Cuba." does not.
    private static bool IsAbbreviationDot(string text, int i) =>
        i >= 2 && char.IsUpper(text[i - 1]) && text[i - 2] == '.';
}
