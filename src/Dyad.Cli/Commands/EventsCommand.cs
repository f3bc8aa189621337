using System.CommandLine;
using Dyad.Store;

namespace Dyad.Cli.Commands;

internal static class EventsCommand
{
    public static Command Build()
    {
        var filters = new EventQueryOptions();
        var format = CommonOptions.Format("table, jsonl (one event object per line) or csv.", "table", "jsonl", "csv");
        var store = CommonOptions.Store();
        var command = new Command("events", "List stored events, oldest first, with their evidence.") { format, store };
        filters.AddTo(command);
        command.SetAction(r => CommonOptions.Guard(() =>
        {
            using var s = EventStore.Open(EventStore.ResolvePath(r.GetValue(store)), readOnly: true);
            var query = filters.Read(r);
            switch (r.GetValue(format))
            {
                case "jsonl":
                    foreach (var e in s.Events(query)) Console.WriteLine(EventJson.Serialize(e));
                    break;
                case "csv":
                    var tmp = Path.Combine(Path.GetTempPath(), $"dyad-{Guid.NewGuid():N}.csv");
                    s.Copy(query, tmp, "csv");
                    Console.Write(File.ReadAllText(tmp));
                    File.Delete(tmp);
                    break;
                default:
                    Tables.PrintEvents(s.Events(query));
                    break;
            }
            return CommonOptions.Ok;
        }));
        return command;
    }
}
