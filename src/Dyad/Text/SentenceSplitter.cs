namespace Dyad.Text;

/// <summary>
/// Splits a body into sentences at line breaks and at sentence-final punctuation followed by a capital,
/// a quote or a digit. Abbreviations such as "U.S." and "Mr." are single tokens, so they never end one.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string body)
    {
        var sentences = new List<Sentence>();
        var lineStart = 0;
        while (lineStart < body.Length)
        {
            var lineEnd = body.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = body.Length;
            SplitLine(body, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    // A line's tokens are only read to cut it into sentences, each of which copies its own: one list per thread serves every line.
    [ThreadStatic] private static List<Token>? lineTokens;

    private static void SplitLine(string body, int start, int end, List<Sentence> sentences)
    {
        var tokens = lineTokens ??= new List<Token>();
        tokens.Clear();
        Tokenizer.Tokenize(body, start, end - start, tokens);
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsTerminal(tokens[i])) continue;
            var j = i + 1;
            while (j < tokens.Count && IsClosing(tokens[j])) j++;
            if (j < tokens.Count && !StartsSentence(tokens[j])) continue;
            Add(body, tokens, first, j, sentences);
            first = j;
            i = j - 1;
        }
        Add(body, tokens, first, tokens.Count, sentences);
    }

    private static void Add(string body, List<Token> tokens, int from, int to, List<Sentence> sentences)
    {
        if (to <= from) return;
        var slice = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens)[from..to].ToArray();
        if (!slice.Any(t => t.IsWord)) return;
        var s = slice[0].Start;
        var e = slice[^1].End;
        sentences.Add(new Sentence(body, s, e, slice));
    }

    private static bool IsTerminal(Token t) => !t.IsWord && t.Text is "." or "!" or "?" or "…";
    private static bool IsClosing(Token t) => !t.IsWord && t.Text is "\"" or "”" or "’" or "'" or ")" or "/" or "." or "»";
    private static bool StartsSentence(Token t) => t.IsWord ? char.IsUpper(t.Text[0]) || char.IsDigit(t.Text[0]) : t.Text is "\"" or "“" or "«" or "(" or "-" or "–";
}
