using System.CommandLine;
using System.Text.Json;
using Dyad.Store;
using Spectre.Console;

namespace Dyad.Cli.Commands;

internal static class StatsCommand
{
    public static Command Build()
    {
        var format = CommonOptions.Format("table or json.", "table", "json");
        var store = CommonOptions.Store();
        var command = new Command("stats", "Count the documents, duplicates, events, mentions and failures in the store.") { format, store };
        command.SetAction(r => CommonOptions.Guard(() =>
        {
            using var s = EventStore.Open(EventStore.ResolvePath(r.GetValue(store)), readOnly: true);
            var stats = s.Stats();
            if (r.GetValue(format) == "json")
                Console.WriteLine(JsonSerializer.Serialize(stats, EventJson.Options));
            else
            {
                var table = new Table().AddColumns("", "count");
                table.AddRow("documents", stats.Documents.ToString());
                table.AddRow("duplicates skipped", stats.Duplicates.ToString());
                table.AddRow("near-duplicate copies", stats.NearDuplicates.ToString());
                table.AddRow("events", stats.Events.ToString());
                table.AddRow("mentions", stats.Mentions.ToString());
                table.AddRow("failures", stats.Failures.ToString());
                table.AddRow("ingest runs", stats.Runs.ToString());
                AnsiConsole.Write(table);
            }
            return CommonOptions.Ok;
        }));
        return command;
    }
}
