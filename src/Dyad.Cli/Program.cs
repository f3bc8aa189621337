using System.CommandLine;
using System.Text;
using Dyad.Cli.Commands;
using Spectre.Console;

Console.OutputEncoding = Encoding.UTF8;
// Piped output keeps whole table rows instead of wrapping them at 80 columns.
if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 240;
var root = new RootCommand("Dyad: who did what to whom, when, from multilingual news. Reads pages, codes CAMEO events, stores them in an embedded DuckDB file.");
root.Subcommands.Add(IngestCommand.Build());
root.Subcommands.Add(ExtractCommand.Build());
root.Subcommands.Add(EventsCommand.Build());
root.Subcommands.Add(ExportCommand.Build());
root.Subcommands.Add(StatsCommand.Build());
root.Subcommands.Add(EvalCommand.Build());
root.Subcommands.Add(ExplainCommand.Build());
root.Subcommands.Add(ActorsCommand.Build());
root.Subcommands.Add(DyadsCommand.Build());
root.Subcommands.Add(TimelineCommand.Build());
root.Subcommands.Add(SearchCommand.Build());
root.Subcommands.Add(ServeCommand.Build());
return root.Parse(args).Invoke();
