using Dyad.Text;

namespace Dyad.Events;

/// <summary>
/// Gives an event the date its sentence states, resolved against the article's date ("On Monday",
/// "hôm qua", "năm 2015"), else the article's own date; with neither, the event is explicitly undated.
/// </summary>
public static class EventDating
{
    public static (PartialDate? Date, string Reason) Date(IReadOnlyList<DateMention> mentions, int triggerStart, int triggerEnd, PartialDate? published)
    {
        DateMention? nearest = null;
        var best = int.MaxValue;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var distance = m.End <= triggerStart ? triggerStart - m.End : m.Start >= triggerEnd ? m.Start - triggerEnd : 0;
            if (distance < best) { best = distance; nearest = m; }
        }
        var anchor = published is null ? "no article date" : $"article date {published.Value.ToIso()}";
        if (nearest is not null && nearest.Resolve(published) is { } resolved)
            return (resolved, nearest.Kind == DateKind.Absolute && nearest.Absolute?.Year is not null
                ? $"'{nearest.Text}' in the sentence"
                : $"'{nearest.Text}' in the sentence, resolved against the {anchor}");
        if (nearest is not null) return (null, $"'{nearest.Text}' in the sentence cannot be resolved: {anchor}");
        return published is null ? (null, "undated: neither the sentence nor the article gives a date") : (published, $"the {anchor}");
    }
}
