using System.Globalization;
using Dyad.Languages;

namespace Dyad.Text;

/// <summary>
/// Finds date expressions in a token sequence with one language's date words
/// (month and weekday names, relative expressions) and the numeric forms every language shares.
/// </summary>
public sealed class DateFinder
{
    private enum WordKind { Month, Weekday, Days, Weeks, Months, Years, YearPrefix, Cue, PastSuffix, NextMarker, Joiner }

    private readonly PhraseMatcher<(WordKind Kind, int Value)> words = new();
    private readonly bool dayFirst;
    private readonly bool monthsCapitalized;

    public DateFinder(LanguageProfile profile)
    {
        var d = profile.Dates;
        dayFirst = d.NumericOrder != "mdy";
        monthsCapitalized = d.MonthsCapitalized;
        foreach (var (k, v) in d.Months) words.Add(k, (WordKind.Month, v));
        foreach (var (k, v) in d.Weekdays) words.Add(k, (WordKind.Weekday, v));
        foreach (var (k, v) in d.RelativeDays) words.Add(k, (WordKind.Days, v));
        foreach (var (k, v) in d.RelativeWeeks) words.Add(k, (WordKind.Weeks, v));
        foreach (var (k, v) in d.RelativeMonths) words.Add(k, (WordKind.Months, v));
        foreach (var (k, v) in d.RelativeYears) words.Add(k, (WordKind.Years, v));
        foreach (var k in d.YearPrefix) words.Add(k, (WordKind.YearPrefix, 0));
        foreach (var k in d.TodayWords) words.Add(k, (WordKind.Cue, 0));
        foreach (var k in d.PastSuffix) words.Add(k, (WordKind.PastSuffix, 0));
        foreach (var k in d.WeekdayNext) words.Add(k, (WordKind.NextMarker, 0));
        foreach (var k in d.Joiners) words.Add(k, (WordKind.Joiner, 0));
    }

    public List<DateMention> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<DateMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var mention = NumericAt(tokens, i) ?? WordsAt(tokens, i);
            if (mention is null) { i++; continue; }
            found.Add(mention);
            i = mention.End;
        }
        return found;
    }

    private DateMention? WordsAt(IReadOnlyList<Token> tokens, int i)
    {
        if (words.MatchAt(tokens, i) is not { } m) return null;
        var (kind, value) = m.Value;
        switch (kind)
        {
            case WordKind.Month when !monthsCapitalized || tokens[i].IsCapitalized:
                return MonthPhrase(tokens, i, m.End, value);
            case WordKind.Weekday:
                return WeekdayPhrase(tokens, i, m.End, value);
            case WordKind.Days:
                // "hôm nay 2/11": the relative word names the date that follows it.
                if (m.End < tokens.Count && NumericAt(tokens, m.End) is { } stated) return stated with { Start = i };
                return Make(tokens, i, m.End, DateKind.RelativeDays, null, value);
            case WordKind.Weeks:
                return Make(tokens, i, m.End, DateKind.RelativeWeeks, null, value);
            case WordKind.Months:
                return Make(tokens, i, m.End, DateKind.RelativeMonths, null, value);
            case WordKind.Years:
                return Make(tokens, i, m.End, DateKind.RelativeYears, null, value);
            case WordKind.YearPrefix when m.End < tokens.Count && Year(tokens[m.End].Text) is { } y:
                return Make(tokens, i, m.End + 1, DateKind.Absolute, new PartialDate(y, null, null), 0);
            case WordKind.NextMarker when m.End < tokens.Count && words.MatchAt(tokens, m.End) is { Value.Kind: WordKind.Weekday } wd:
                return Make(tokens, i, wd.End, DateKind.Weekday, null, -wd.Value.Value);
            default:
                return null;
        }
    }

    // "20 February 2024", "February 20, 2024", "tháng 5/2016", "tháng 4 vừa qua", "February 2024".
    private DateMention? MonthPhrase(IReadOnlyList<Token> tokens, int start, int end, int month)
    {
        int? day = null;
        var from = start;
        if (start > 0 && Number(tokens[start - 1].Text) is { } before and >= 1 and <= 31) { day = before; from = start - 1; }
        else if (start > 1 && IsJoiner(tokens, start - 1) && Number(tokens[start - 2].Text) is { } spaced and >= 1 and <= 31) { day = spaced; from = start - 2; }
        var pos = end;
        if (day is null && pos < tokens.Count && Number(tokens[pos].Text) is { } after and >= 1 and <= 31) { day = after; pos++; }
        if (pos < tokens.Count && (tokens[pos].Text == "," || IsJoiner(tokens, pos))) pos++;
        if (pos < tokens.Count && words.MatchAt(tokens, pos) is { Value.Kind: WordKind.YearPrefix } yp) pos = yp.End;
        if (pos < tokens.Count && Year(tokens[pos].Text) is { } year)
            return PartialDate.TryCreate(year, month, day) is { } full ? Make(tokens, from, pos + 1, DateKind.Absolute, full, 0) : null;
        // "tháng 5/2016": the month's number and the year are one token.
        if (end - start >= 1 && end < tokens.Count && day is null && SplitNumeric(tokens[end].Text) is [var m2, var y2] && m2 == month && y2 >= 1900)
            return Make(tokens, start, end + 1, DateKind.Absolute, new PartialDate(y2, month, null), 0);
        // "2024年2月20日": the year comes first, with or without a word between it and the month.
        var yearBefore = from > 0 && Year(tokens[from - 1].Text) is { } adjacent ? adjacent
            : from > 1 && IsJoiner(tokens, from - 1) && Year(tokens[from - 2].Text) is { } joined ? joined : (int?)null;
        if (yearBefore is { } yb && PartialDate.TryCreate(yb, month, day) is { } ymd)
            return Make(tokens, from - (Year(tokens[from - 1].Text) is null ? 2 : 1), day is null ? end : Math.Max(pos, end), DateKind.Absolute, ymd, 0);
        var past = end < tokens.Count && words.MatchAt(tokens, end) is { Value.Kind: WordKind.PastSuffix } ps ? ps.End : end;
        if (day is not null) return PartialDate.TryCreate(null, month, day) is { } partial ? Make(tokens, from, Math.Max(pos, past), DateKind.Absolute, partial, 0) : null;
        return Make(tokens, from, past, DateKind.MonthOfAnchorYear, null, month);
    }

    private DateMention? WeekdayPhrase(IReadOnlyList<Token> tokens, int start, int end, int weekday)
    {
        // A weekday in a date header ("Thứ Sáu, 22/01/2016") belongs to the numeric date after it.
        var next = end < tokens.Count && tokens[end].Text == "," ? end + 1 : end;
        if (next < tokens.Count && NumericAt(tokens, next) is { } numeric) return numeric with { Start = start };
        var last = end < tokens.Count && words.MatchAt(tokens, end) is { Value.Kind: WordKind.PastSuffix } ps ? ps.End : end;
        return Make(tokens, start, last, DateKind.Weekday, null, weekday % 7);
    }

    private DateMention? NumericAt(IReadOnlyList<Token> tokens, int i)
    {
        var text = tokens[i].Text;
        if (text.Length < 3 || !char.IsDigit(text[0])) return null;
        if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            return Make(tokens, i, i + 1, DateKind.Absolute, PartialDate.FromDate(iso), 0);
        if (SplitNumeric(text) is not { } parts) return null;
        if (parts.Length == 3)
        {
            var (d, m) = dayFirst ? (parts[0], parts[1]) : (parts[1], parts[0]);
            var y = parts[2] < 100 ? 2000 + parts[2] : parts[2];
            return PartialDate.TryCreate(y, m, d) is { } full ? Make(tokens, i, i + 1, DateKind.Absolute, full, 0) : null;
        }
        if (parts.Length == 2 && parts[1] >= 1900 && parts[0] is >= 1 and <= 12 && text.Contains('/'))
            return Make(tokens, i, i + 1, DateKind.Absolute, new PartialDate(parts[1], parts[0], null), 0);
        // A bare day and month ("2/11") is a date only after a cue word such as "hôm nay" or "ngày".
        if (parts.Length == 2 && dayFirst && text.Contains('/') && i > 0 && IsCueBefore(tokens, i))
            return PartialDate.TryCreate(null, parts[1], parts[0]) is { } partial ? Make(tokens, i, i + 1, DateKind.Absolute, partial, 0) : null;
        return null;
    }

    private bool IsJoiner(IReadOnlyList<Token> tokens, int i) => words.MatchAt(tokens, i) is { Value.Kind: WordKind.Joiner } j && j.End == i + 1;

    private bool IsCueBefore(IReadOnlyList<Token> tokens, int i)
    {
        for (var back = Math.Max(0, i - 3); back < i; back++)
            if (words.MatchAt(tokens, back) is { } m && m.End == i && m.Value.Kind is WordKind.Cue or WordKind.Days or WordKind.Weekday) return true;
        return false;
    }

    private static int[]? SplitNumeric(string text)
    {
        var parts = text.Split('/', '-', '.');
        if (parts.Length is < 2 or > 3) return null;
        var numbers = new int[parts.Length];
        for (var k = 0; k < parts.Length; k++)
            if (parts[k].Length is 0 or > 4 || !int.TryParse(parts[k], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[k])) return null;
        return numbers;
    }

    private static int? Number(string text) =>
        text.Length <= 2 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static int? Year(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100 ? y : null;

    private static DateMention Make(IReadOnlyList<Token> tokens, int start, int end, DateKind kind, PartialDate? absolute, int amount) =>
        new(start, end, kind, absolute, amount, Tokens.Join(tokens, start, end));
}
