using System.CommandLine;
using Dyad.Languages;
using Dyad.Store;

namespace Dyad.Cli.Commands;

internal static class ExportCommand
{
    public static Command Build()
    {
        var filters = new EventQueryOptions();
        var format = CommonOptions.Format("jsonl, csv, parquet, or gdelt (GDELT 2.0 event table, 61 tab-separated columns).", "jsonl", "csv", "parquet", "gdelt");
        var output = new Option<string>("--output", "-o") { Description = "The file to write.", Required = true };
        var store = CommonOptions.Store();
        var command = new Command("export", "Write stored events to a file.") { format, output, store };
        filters.AddTo(command);
        command.SetAction(r => CommonOptions.Guard(() =>
        {
            using var s = EventStore.Open(EventStore.ResolvePath(r.GetValue(store)), readOnly: true);
            var query = filters.Read(r);
            var file = Path.GetFullPath(r.GetValue(output)!);
            var fmt = r.GetValue(format)!;
            switch (fmt)
            {
                case "csv" or "parquet":
                    s.Copy(query, file, fmt);
                    break;
                case "gdelt":
                    using (var w = new StreamWriter(file)) GdeltExport.Write(s.Events(query), w, CountryCodes.Load(LanguageCatalog.Load()));
                    break;
                default:
                    using (var w = new StreamWriter(file))
                        foreach (var e in s.Events(query)) w.WriteLine(EventJson.Serialize(e));
                    break;
            }
            Console.WriteLine($"wrote {fmt} to {file}");
            return CommonOptions.Ok;
        }));
        return command;
    }
}
