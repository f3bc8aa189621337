namespace Dyad.Text;

/// <summary>A phrase found in a token sequence: tokens [Start, End) and the value the phrase was added with.</summary>
public readonly record struct PhraseMatch<T>(int Start, int End, T Value, int Weight);

/// <summary>
/// A trie over lower-cased tokens. Patterns are phrases; a "*" token is a gap of 0 to 4 tokens
/// ("đe dọa * trừng phạt"). One pass over a sentence finds every phrase, so the cost does not
/// grow with the size of the lexicon.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private const int MaxGap = 4;
    private readonly Node root = new();

    public int Count { get; private set; }

    public void Add(string pattern, T value)
    {
        var words = Tokenizer.Tokenize(TextNormalizer.Normalize(pattern)).Select(t => t.Lower).ToArray();
        if (words.Length == 0) return;
        var node = root;
        var weight = 0;
        foreach (var w in words)
        {
            if (w == "*") { node = node.Gap ??= new Node(); continue; }
            node = (node.Children ??= new WordMap<Node>()).GetOrAdd(w, () => new Node());
            weight++;
        }
        if (node.Values is null) { node.Values = []; Count++; }
        node.Values.Add((value, weight));
    }

    /// <summary>Every match starting at any position.</summary>
    public List<PhraseMatch<T>> FindAll(IReadOnlyList<Token> tokens)
    {
        var found = new List<PhraseMatch<T>>();
        var span = Tokens.AsSpan(tokens);
        for (var i = 0; i < span.Length; i++) Walk(root, span, i, i, found);
        return found;
    }

    /// <summary>Non-overlapping matches, longest first from left to right.</summary>
    // Matching runs for every token of every sentence, so the list that collects candidates is reused per thread.
    [ThreadStatic] private static List<PhraseMatch<T>>? scratchList;

    private static List<PhraseMatch<T>> Scratch()
    {
        var list = scratchList ??= new List<PhraseMatch<T>>();
        list.Clear();
        return list;
    }

    public List<PhraseMatch<T>> FindLongest(IReadOnlyList<Token> tokens)
    {
        var result = new List<PhraseMatch<T>>();
        var scratch = Scratch();
        var span = Tokens.AsSpan(tokens);
        var firstWords = root.Children;
        var i = 0;
        while (i < span.Length)
        {
            // A word that starts no phrase is the common case: answered here, without a call and a walk.
            if (firstWords is null || !firstWords.TryGetValue(span[i].Lower, span[i].LowerHash, out _)) { i++; continue; }
            scratch.Clear();
            Walk(root, span, i, i, scratch);
            if (scratch.Count == 0) { i++; continue; }
            var best = scratch[0];
            foreach (var m in scratch)
                if (m.Weight > best.Weight || m.Weight == best.Weight && m.End < best.End) best = m;
            result.Add(best);
            i = best.End;
        }
        return result;
    }

    /// <summary>The longest phrase that starts at token <paramref name="start"/>, if any.</summary>
    public PhraseMatch<T>? MatchAt(IReadOnlyList<Token> tokens, int start)
    {
        // A word that starts no phrase is the common case: answer it without walking.
        if (start >= tokens.Count || root.Children is null || !root.Children.TryGetValue(tokens[start].Lower, tokens[start].LowerHash, out _)) return null;
        var scratch = Scratch();
        Walk(root, Tokens.AsSpan(tokens), start, start, scratch);
        if (scratch.Count == 0) return null;
        var best = scratch[0];
        foreach (var m in scratch)
            if (m.Weight > best.Weight || m.Weight == best.Weight && m.End < best.End) best = m;
        return best;
    }

    private static void Walk(Node node, ReadOnlySpan<Token> tokens, int start, int pos, List<PhraseMatch<T>> found)
    {
        if (node.Values is not null && pos > start)
            foreach (var (value, weight) in node.Values) found.Add(new PhraseMatch<T>(start, pos, value, weight));
        if (pos < tokens.Length && node.Children is not null && node.Children.TryGetValue(tokens[pos].Lower, tokens[pos].LowerHash, out var next))
            Walk(next, tokens, start, pos + 1, found);
        if (node.Gap is not null && pos > start)
            for (var skip = 0; skip <= MaxGap && pos + skip < tokens.Length; skip++)
            {
                if (!tokens[pos + skip].IsWord && tokens[pos + skip].Text is "." or "!" or "?" or ";") break;
                WalkGapExit(node.Gap, tokens, start, pos + skip, found);
            }
    }

    // After a gap only a real word may continue the pattern, so a gap never ends a match by itself.
    private static void WalkGapExit(Node gap, ReadOnlySpan<Token> tokens, int start, int pos, List<PhraseMatch<T>> found)
    {
        if (gap.Children is not null && gap.Children.TryGetValue(tokens[pos].Lower, tokens[pos].LowerHash, out var next))
            Walk(next, tokens, start, pos + 1, found);
    }

    private sealed class Node
    {
        public WordMap<Node>? Children;
        public Node? Gap;
        public List<(T Value, int Weight)>? Values;
    }
}
