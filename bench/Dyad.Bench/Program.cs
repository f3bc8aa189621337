using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Dyad;
using Dyad.Bench;
using Dyad.Ingest;
using Dyad.Store;

// Measures extraction alone, coding alone and the full ingest into a DuckDB store on a recombined corpus,
// at 1 and at all cores, and writes the table with the machine's description to bench/results/.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20000;
var root = FindRoot();
var seeds = Path.Combine(root, "samples", "seeds");
var docs = CorpusBuilder.Articles(seeds, count).Select(a => new RawDocument(a.Name, a.Name, a.Text, ContentKind.Text)).ToList();
var megabytes = docs.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Content)) / 1e6;
var pipeline = new DyadPipeline();
pipeline.Process(docs[0]);

var rows = new List<string>();
foreach (var cores in new[] { 1, Environment.ProcessorCount }.Distinct())
{
    var options = new ParallelOptions { MaxDegreeOfParallelism = cores };
    var articles = new Dyad.Extraction.Article[docs.Count];
    rows.Add(Measure("extract", cores, () => Parallel.For(0, docs.Count, options, i => articles[i] = pipeline.Extract(docs[i]))));
    rows.Add(Measure("code events", cores, () => Parallel.For(0, docs.Count, options, i => pipeline.CodeEvents(articles[i]))));
    rows.Add(Measure("full ingest", cores, () =>
    {
        var dir = Directory.CreateTempSubdirectory("dyad-bench-");
        using (var store = EventStore.Open(Path.Combine(dir.FullName, "bench.duckdb")))
            new IngestJob(pipeline, store, 1024, cores).Run(docs.Select(ReadResult.Ok));
        dir.Delete(true);
    }));
}

var machine = $"{RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, {Environment.ProcessorCount} cores, .NET {Environment.Version}";
var table = new StringBuilder();
table.AppendLine($"Dyad benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {machine}");
table.AppendLine($"corpus: {docs.Count} articles recombined from samples/seeds, {megabytes:0.0} MB of text");
table.AppendLine();
table.AppendLine("| stage | cores | docs/s | docs/s per core | MB/s per core | peak RSS MB |");
table.AppendLine("|---|---|---|---|---|---|");
foreach (var r in rows) table.AppendLine(r);
Console.Write(table);
var results = Path.Combine(root, "bench", "results");
Directory.CreateDirectory(results);
File.WriteAllText(Path.Combine(results, "latest.md"), table.ToString());
return 0;

string Measure(string stage, int cores, Action work)
{
    var sw = Stopwatch.StartNew();
    work();
    sw.Stop();
    var perSecond = docs.Count / sw.Elapsed.TotalSeconds;
    var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1e6;
    return $"| {stage} | {cores} | {perSecond:0} | {perSecond / cores:0} | {megabytes / sw.Elapsed.TotalSeconds / cores:0.00} | {peak:0} |";
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) return dir.FullName;
    throw new DirectoryNotFoundException("repository root not found");
}
