using System.CommandLine;
using Dyad.Store;

namespace Dyad.Cli.Commands;

internal static class ExplainCommand
{
    public static Command Build()
    {
        var id = new Argument<string>("event-id") { Description = "The event's id, as `dyad events` prints it." };
        var store = CommonOptions.Store();
        var command = new Command("explain", "Show why an event was coded: each sentence with [trigger], {source} and <target> marked, the lexicon entry and the date reasoning.") { id, store };
        command.SetAction(r => CommonOptions.Guard(() =>
        {
            using var s = EventStore.Open(EventStore.ResolvePath(r.GetValue(store)), readOnly: true);
            var eventId = r.GetValue(id)!;
            var e = s.Events(new EventQuery()).FirstOrDefault(x => x.EventId == eventId);
            if (e is null) { Console.Error.WriteLine($"dyad: no event {eventId} in {s.Path}"); return CommonOptions.Failed; }
            Console.WriteLine($"{e.EventId}: {e.Source.Code} → {e.Target.Code}  CAMEO {e.Cameo} (root {e.Root}, {e.Plover ?? "no PLOVER type"}), quad class {e.QuadClass}, Goldstein {e.Goldstein:0.0}");
            Console.WriteLine($"date {e.Date ?? "unknown"} ({e.DatePrecision}), confidence {e.Confidence:0.00}, {e.Modality}, {e.Mentions} mention(s) in {e.Docs.Count} document(s)");
            foreach (var m in s.Mentions(eventId))
            {
                Console.WriteLine();
                Console.WriteLine($"  {m.Doc} [{m.SentenceStart}..{m.SentenceEnd}]");
                Console.WriteLine($"  {m.Marked()}");
                Console.WriteLine($"  lexicon: {m.LexiconEntry}");
                Console.WriteLine($"  date:    {m.DateReason}");
            }
            return CommonOptions.Ok;
        }));
        return command;
    }
}
