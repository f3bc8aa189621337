namespace Dyad.Text;

public enum DateKind { Absolute, RelativeDays, RelativeWeeks, RelativeMonths, RelativeYears, Weekday, MonthOfAnchorYear }

/// <summary>
/// A date expression in a sentence, tokens [Start, End). Absolute dates may lack a year ("2/11");
/// relative ones ("yesterday", "on Monday", "hồi tháng 4 vừa qua") need the article's date to resolve.
/// </summary>
public sealed record DateMention(int Start, int End, DateKind Kind, PartialDate? Absolute, int Amount, string Text)
{
    /// <summary>The date this expression names, given the article's date; null when it cannot be known.</summary>
    public PartialDate? Resolve(PartialDate? anchor)
    {
        switch (Kind)
        {
            case DateKind.Absolute:
                if (Absolute is { Year: null } partial && anchor is { Year: { } ay } && partial.Month is { } pm)
                {
                    var year = pm > (anchor.Value.Month ?? 12) ? ay - 1 : ay;
                    return partial with { Year = year };
                }
                return Absolute;
            case DateKind.MonthOfAnchorYear:
                if (anchor is not { Month: { } am } a) return new PartialDate(null, Amount, null);
                return new PartialDate(a.Year is { } y ? Amount > am ? y - 1 : y : null, Amount, null);
            case DateKind.RelativeDays:
                return ShiftDays(anchor, Amount);
            case DateKind.Weekday:
                return WeekdayNear(anchor, Amount);
            case DateKind.RelativeWeeks:
                return ShiftDays(anchor, Amount * 7) is { } w ? w with { Day = null } : null;
            case DateKind.RelativeMonths:
                if (anchor?.ToDate() is not { } md) return null;
                var shifted = md.AddMonths(Amount);
                return new PartialDate(shifted.Year, shifted.Month, null);
            case DateKind.RelativeYears:
                return anchor?.Year is { } ry ? new PartialDate(ry + Amount, null, null) : null;
            default:
                return null;
        }
    }

    private static PartialDate? ShiftDays(PartialDate? anchor, int days)
    {
        if (anchor is not { Month: { } m, Day: { } d } a) return null;
        if (days == 0) return a;
        // A year-less anchor still shifts within the calendar; a non-leap stand-in year keeps it honest.
        var date = new DateOnly(a.Year ?? 2001, m, d).AddDays(days);
        return new PartialDate(a.Year is null ? null : date.Year, date.Month, date.Day);
    }

    // Amount encodes the ISO weekday (1 = Monday); a negative amount means "next", else the latest one on or before the anchor.
    private static PartialDate? WeekdayNear(PartialDate? anchor, int amount)
    {
        if (anchor?.ToDate() is not { } date) return null;
        var wanted = Math.Abs(amount) % 7;
        var current = (int)date.DayOfWeek;
        var back = (current - wanted + 7) % 7;
        var result = amount < 0 ? date.AddDays((wanted - current + 7) % 7 is 0 ? 7 : (wanted - current + 7) % 7) : date.AddDays(-back);
        return PartialDate.FromDate(result);
    }
}
