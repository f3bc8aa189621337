using System.CommandLine;
using Dyad.Store;

namespace Dyad.Cli.Commands;

/// <summary>The event filters `events` and `export` share.</summary>
internal sealed class EventQueryOptions
{
    public Option<string?> Source { get; } = new("--source") { Description = "Source country or actor code (RUS, RUSGOV, NATO)." };
    public Option<string?> Target { get; } = new("--target") { Description = "Target country or actor code." };
    public Option<DateOnly?> From { get; } = CommonOptions.Date("--from", "Events on or after this date (YYYY[-MM[-DD]]).");
    public Option<DateOnly?> To { get; } = CommonOptions.Date("--to", "Events on or before this date (YYYY[-MM[-DD]]; a year or month includes all of it).", periodEnd: true);
    public Option<int?> Limit { get; } = new("--limit") { Description = "At most this many events." };

    public void AddTo(Command command)
    {
        command.Options.Add(Source);
        command.Options.Add(Target);
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(Limit);
    }

    public EventQuery Read(ParseResult r) => new(r.GetValue(Source), r.GetValue(Target), r.GetValue(From), r.GetValue(To), r.GetValue(Limit));
}
