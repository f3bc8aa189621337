namespace Dyad.Extraction;

/// <summary>
/// Decides, line by line, what a page's lines are: title, date header, caption, body, or page furniture
/// (related-news lists, tags, counters, bylines). The rules rest on evidence that holds across sites:
/// section markers, repetition, teasers cut with "...", headline lists glued together, names alone on a line.
/// </summary>
public sealed class LineClassifier(PageMarkers markers, Func<PageLine, bool> isDateLine)
{
    private const int MaxTitleWords = 30;

    public LineKind[] Classify(IReadOnlyList<PageLine> lines, string? knownTitle = null)
    {
        var kinds = new LineKind[lines.Count];
        var bodyStarted = false;
        string? title = knownTitle;
        var titleFound = knownTitle is not null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var kind = ClassifyOne(lines, i, bodyStarted, title);
            if (kind == LineKind.Body && !bodyStarted && !titleFound && IsHeadline(lines, i))
            {
                kind = LineKind.Title;
                title = line.Text;
                titleFound = true;
            }
            if (kind == LineKind.Body && !line.EndsLikeSentence && line.WordCount < 6 && !bodyStarted) kind = LineKind.Furniture;
            kinds[i] = kind;
            if (kind == LineKind.Body) bodyStarted = true;
            if (kind is LineKind.SectionEnd or LineKind.Byline)
            {
                for (var j = i + 1; j < lines.Count; j++) kinds[j] = lines[j].Text.Length == 0 ? LineKind.Empty : LineKind.Furniture;
                break;
            }
        }
        return kinds;
    }

    private LineKind ClassifyOne(IReadOnlyList<PageLine> lines, int i, bool bodyStarted, string? title)
    {
        var line = lines[i];
        if (line.Text.Length == 0) return LineKind.Empty;
        if (!line.HasLetters) return LineKind.Furniture;
        if (markers.IsSectionEnd(line)) return bodyStarted ? LineKind.SectionEnd : LineKind.Furniture;
        if (markers.IsDroppedLine(line.Lower)) return LineKind.Furniture;
        if (markers.IsCaption(line.Lower)) return LineKind.Caption;
        if (line.WordCount <= 8 && isDateLine(line)) return LineKind.DateHeader;
        if (line.IsGluedHeadlines || line.IsTeaser) return LineKind.Furniture;
        if (title is not null && line.Text == title) return LineKind.Repeated;
        var twin = NextNonEmpty(lines, i) is { } next && next.Text == line.Text || PreviousNonEmpty(lines, i) is { } prev && prev.Text == line.Text;
        if (twin) return bodyStarted && line.IsNameLike ? LineKind.Byline : LineKind.Repeated;
        return LineKind.Body;
    }

    // A headline is short, does not end like a sentence, and is not a breadcrumb trail that a later line completes.
    private static bool IsHeadline(IReadOnlyList<PageLine> lines, int i)
    {
        var line = lines[i];
        if (line.WordCount is < 2 or > MaxTitleWords || line.Text.TrimEnd().EndsWith('.')) return false;
        for (int j = i + 1, seen = 0; j < lines.Count && seen < 4; j++)
        {
            if (lines[j].Text.Length == 0) continue;
            seen++;
            if (lines[j].Text.Length < line.Text.Length && line.Text.EndsWith(lines[j].Text, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static PageLine? NextNonEmpty(IReadOnlyList<PageLine> lines, int i)
    {
        for (var j = i + 1; j < lines.Count; j++) if (lines[j].Text.Length > 0) return lines[j];
        return null;
    }

    private static PageLine? PreviousNonEmpty(IReadOnlyList<PageLine> lines, int i)
    {
        for (var j = i - 1; j >= 0; j--) if (lines[j].Text.Length > 0) return lines[j];
        return null;
    }
}
