using System.Globalization;
using System.Text;
using Dyad.Bench;
using Dyad.Store;

// Dyad's throughput and memory benchmark. Usage: dotnet run --project bench/Dyad.Bench -c Release [-- ARTICLES] [--quick] [--repeat N]
// Builds a corpus recombined from samples/seeds (text files, HTML files, one WARC), measures reading, extraction alone,
// coding alone, the store's writes alone, a naive regex coder and the full ingest into a fresh store, each at 1 core and at all cores in a process
// of its own, prints one table and writes it with the machine's description to bench/results/latest.md.
if (args.Contains("--stage")) return StageRunner.Child(args);

var quick = args.Contains("--quick");
// On a shared machine other processes take cores at random moments: the best of several runs is the machine's own speed.
var repeat = Option("--repeat") is { } times ? int.Parse(times, CultureInfo.InvariantCulture) : 1;
var count = args.TakeWhile(a => a is not ("--repeat" or "--corpus")).FirstOrDefault(a => a.All(char.IsAsciiDigit)) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : quick ? 1000 : 10000;
var root = FindRoot();
// --corpus DIR writes the corpus there and stops, so one stage can be run and profiled on its own:
// dotnet bench/Dyad.Bench/bin/Release/net10.0/Dyad.Bench.dll --stage ingest --input text --cores 1 --batch 2048 --repo . --text DIR/text --html DIR/html --warc DIR/news.warc.gz --real DIR
if (Option("--corpus") is { } corpusOnly)
{
    var written = CorpusFiles.Write(corpusOnly, Path.Combine(root, "samples", "seeds"), count, count);
    Console.WriteLine($"{written.Articles} articles in {written.TextFolder}, {written.HtmlFolder} and {written.Warc}");
    return 0;
}
var all = Environment.ProcessorCount;
int[] both = [1, all];
var plan = new List<Measurement>
{
    new("read files", "read", "text", both),
    new("extract", "extract", "text", both),
    new("extract", "extract", "html", both),
    new("extract", "extract", "real", both),
    new("code events", "code", "text", both),
    // The writer's share alone, on the one thread an ingest gives it: what the cores' work must hide.
    new("store alone", "store", "text", [1]),
    new("naive regex coder", "naive", "text", both),
    new("full ingest", "ingest", "text", both),
    new("full ingest", "ingest", "html", both),
    new("full ingest", "ingest", "warc", both),
    // Smaller transactions, as before the default grew: each batch pays a fixed cost in the store's statements.
    new("full ingest, 256 per batch", "ingest", "text", [all], BatchSize: 256),
};
// Memory must not grow with the input: the WARC reader gets four times the corpus in one file.
if (!quick) plan.Add(new("full ingest", "ingest", "warc ×4", [all]));

var work = Directory.CreateTempSubdirectory("dyad-bench-");
try
{
    Console.Error.WriteLine($"writing {count} articles as text, HTML and WARC to {work.FullName}…");
    var seeds = Path.Combine(root, "samples", "seeds");
    var corpus = CorpusFiles.Write(Path.Combine(work.FullName, "corpus"), seeds, count, count);
    var real = RealPages.Copy(Path.Combine(root, "..", "shared", "corpus", "html", "fundus", "html"), Path.Combine(work.FullName, "real"));
    var big = quick ? null : CorpusFiles.Write(Path.Combine(work.FullName, "big"), seeds, 0, count * 4);
    var paths = new CorpusPaths(root, corpus.TextFolder, corpus.HtmlFolder, corpus.Warc, real.Folder);
    var load = Machine.LoadAverage();

    var rows = new List<(Measurement What, int Cores, StageResult Result)>();
    foreach (var m in plan.Where(m => m.Input != "real" || real.Pages > 0))
        foreach (var cores in m.Cores.Distinct())
        {
            Console.Error.WriteLine($"  {m.Label} ({m.Input}), {cores} core(s)…");
            var input = m.Input == "warc ×4" ? "warc" : m.Input;
            var at = m.Input == "warc ×4" ? paths with { Warc = big!.Warc } : paths;
            var runs = Enumerable.Range(0, repeat).Select(_ => StageRunner.Run(m.Stage, input, cores, at, m.BatchSize)).ToList();
            rows.Add((m, cores, runs.MaxBy(x => x.Docs / x.Wall)! with { PeakRss = runs.Max(x => x.PeakRss) }));
        }

    var table = new StringBuilder();
    table.AppendLine($"Dyad benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC{(repeat > 1 ? $", best of {repeat} runs of each measurement" : "")}");
    table.AppendLine($"machine: {Machine.Describe()}; load average {load} at the start, {Machine.LoadAverage()} at the end (the machine is shared)");
    table.AppendLine($"corpus: {count} articles recombined from samples/seeds (⅓ English, ⅔ Vietnamese): text {corpus.TextBytes / 1e6:0.0} MB " +
                     $"({corpus.TextBytes / 1e3 / Math.Max(1, count):0.0} KB per article, the seeds {SeedKilobytes(Path.Combine(root, "samples", "seeds")):0.0} KB), " +
                     $"HTML {corpus.HtmlBytes / 1e6:0.0} MB, WARC {corpus.WarcBytes / 1e6:0.0} MB of pages in {corpus.WarcFileBytes / 1e6:0.0} MB gzip" +
                     (real.Pages > 0 ? $"; real: {real.Pages} news pages from ../shared/corpus/html/fundus ({real.Bytes / 1e6:0.0} MB, {real.Bytes / real.Pages / 1e3:0} KB each), read {Stages.RealPasses} times" : ""));
    table.AppendLine();
    table.AppendLine("| stage | input | cores | docs/s | docs/s per core | MB/s per core | docs per CPU-second | peak RSS MB |");
    table.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|");
    foreach (var (m, cores, r) in rows)
        table.AppendLine(FormattableString.Invariant(
            $"| {m.Label} | {m.Input} | {cores} | {r.Docs / r.Wall:0} | {r.Docs / r.Wall / cores:0} | {r.Bytes / 1e6 / r.Wall / cores:0.00} | {r.Docs / r.Cpu:0} | {r.PeakRss / 1e6:0} |"));
    table.AppendLine();
    var coded = rows.First(r => r.What.Label == "code events" && r.Cores == 1).Result;
    var naive = rows.First(r => r.What.Label == "naive regex coder" && r.Cores == 1).Result;
    table.AppendLine(FormattableString.Invariant(
        $"Coding is {coded.Docs / coded.Wall / (naive.Docs / naive.Wall):0}× the naive coder's speed ({Stages.NaiveDocs} articles; one compiled regex per trigger phrase of data/en and data/vi/events.tsv, which finds triggers only)."));
    table.AppendLine("docs/s per core is wall-clock throughput divided by the cores given (the process is pinned to them); docs per CPU-second counts only " +
                     "the CPU time the process got (with DuckDB's and the GC's threads), so it shows what a core does when other processes take part of it.");
    table.AppendLine($"Extraction and coding alone hold the corpus in memory; the full ingest streams it from disk into a fresh store, {IngestJob.DefaultBatchSize} documents " +
                     "per transaction (the CLI's default) unless the row says otherwise. MB are the documents' content as read (UTF-8).");
    table.AppendLine("The programs run with tiered compilation's call-counting delay off and server GC without background collections (Directory.Build.props), and with dynamic PGO instrumenting from the first compilation (DOTNET_TieredPGO_InstrumentOnlyHotCode=0), as the dyad launcher does.");
    Console.Write(table);
    var results = Path.Combine(root, "bench", "results");
    Directory.CreateDirectory(results);
    File.WriteAllText(Path.Combine(results, quick ? "quick.md" : "latest.md"), table.ToString());
    return 0;
}
finally
{
    work.Delete(recursive: true);
}

// The value after an option's name, if the option is given.
string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

// The seed pages' mean size in KB of UTF-8: what the generated articles' length is held to.
static double SeedKilobytes(string seeds) => Directory.GetFiles(seeds, "*.txt").Average(f => new FileInfo(f).Length) / 1e3;

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) return dir.FullName;
    throw new DirectoryNotFoundException("repository root not found");
}

/// <summary>One row group of the table: a stage on an input, at these core counts.</summary>
internal sealed record Measurement(string Label, string Stage, string Input, int[] Cores, int BatchSize = IngestJob.DefaultBatchSize);
