using System.CommandLine;
using Dyad.Ingest;
using Dyad.Store;
using Spectre.Console;

namespace Dyad.Cli.Commands;

internal static class IngestCommand
{
    public static Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders (read recursively) or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var store = CommonOptions.Store();
        var batch = new Option<int>("--batch-size") { Description = "Documents per transaction.", DefaultValueFactory = _ => IngestJob.DefaultBatchSize };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the summary line." };
        var command = new Command("ingest", "Read documents, code their events and store both. Re-ingesting the same content adds nothing.")
        {
            paths, store, batch, quiet,
        };
        command.SetAction(r => CommonOptions.Guard(() => Run(r.GetValue(paths)!, EventStore.ResolvePath(r.GetValue(store)), r.GetValue(batch), r.GetValue(quiet))));
        return command;
    }

    private static int Run(string[] paths, string storePath, int batchSize, bool quiet)
    {
        var pipeline = new DyadPipeline();
        using var store = EventStore.Open(storePath);
        var job = new IngestJob(pipeline, store, Math.Max(1, batchSize));
        void OnFailure(ReadFailure f) => Console.Error.WriteLine($"dyad: {f}");
        IngestRun run;
        if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected && !quiet)
        {
            IngestRun? result = null;
            AnsiConsole.Progress().AutoClear(true).Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("reading").IsIndeterminate();
                    result = job.Run(DocumentReader.Read(paths), OnFailure,
                        p => task.Description = $"{p.Seen} documents, {p.Stored} stored, {p.Events} events");
                    task.StopTask();
                });
            run = result!;
        }
        else run = job.Run(DocumentReader.Read(paths), OnFailure);

        Console.WriteLine($"{run.Documents} documents read, {run.Documents - run.Duplicates} stored, {run.Duplicates} skipped as duplicates, {run.Failed} failed, {run.Events} events found → {storePath}");
        if (!quiet) Tables.PrintDyads(store.Events(new EventQuery(), withEvidence: false));
        return run.Failed > 0 ? CommonOptions.SomeInputsFailed : CommonOptions.Ok;
    }
}
