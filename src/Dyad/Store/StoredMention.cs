using System.Text;

namespace Dyad.Store;

/// <summary>One sentence that reports an event, with body offsets of the sentence, trigger and actors.</summary>
public sealed record StoredMention(string EventId, string Doc, string Sentence, int SentenceStart, int SentenceEnd,
    string Trigger, int TriggerStart, int TriggerEnd, int SourceStart, int SourceEnd, int TargetStart, int TargetEnd,
    string LexiconEntry, string DateReason)
{
    private const string InsertionOrder = ">]}{[<";

    /// <summary>The sentence with [trigger], {source} and &lt;target&gt; marked.</summary>
    public string Marked()
    {
        var marks = new List<(int At, string Text)>();
        void Span(int start, int end, string open, string close)
        {
            if (start < SentenceStart || end > SentenceEnd || end <= start) return;
            marks.Add((start - SentenceStart, open));
            marks.Add((end - SentenceStart, close));
        }
        Span(TriggerStart, TriggerEnd, "[", "]");
        Span(SourceStart, SourceEnd, "{", "}");
        Span(TargetStart, TargetEnd, "<", ">");
        var sb = new StringBuilder(Sentence);
        // Marks at one position nest: target outside source outside trigger, "<{[" … "]}>".
        foreach (var (at, text) in marks.OrderByDescending(m => m.At).ThenBy(m => InsertionOrder.IndexOf(m.Text, StringComparison.Ordinal))) sb.Insert(at, text);
        return sb.ToString();
    }
}
