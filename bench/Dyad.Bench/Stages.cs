using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dyad.Extraction;
using Dyad.Ingest;
using Dyad.Store;

namespace Dyad.Bench;

/// <summary>What one measurement gave: documents and content bytes handled, wall and CPU seconds, peak resident memory.</summary>
public sealed record StageResult(long Docs, long Bytes, double Wall, double Cpu, long PeakRss)
{
    public override string ToString() => FormattableString.Invariant($"RESULT {Docs} {Bytes} {Wall:R} {Cpu:R} {PeakRss}");

    public static StageResult? Parse(string line)
    {
        var f = line.Split(' ');
        if (f.Length != 6 || f[0] != "RESULT") return null;
        var c = CultureInfo.InvariantCulture;
        return new StageResult(long.Parse(f[1], c), long.Parse(f[2], c), double.Parse(f[3], c), double.Parse(f[4], c), long.Parse(f[5], c));
    }
}

/// <summary>
/// One stage measured in a process of its own (started by <see cref="StageRunner"/>), so that its peak memory is its
/// own and the process sees only the cores it is given. Loading and warming up are not timed.
/// </summary>
public static class Stages
{
    private const int WarmUp = 300;
    public const int NaiveDocs = 1000;
    public const int RealPasses = 4;

    public static StageResult Run(string stage, string input, CorpusPaths corpus, int cores, int batchSize)
    {
        var pipeline = new DyadPipeline();
        var options = new ParallelOptions { MaxDegreeOfParallelism = cores };
        var path = input switch { "text" => corpus.Text, "html" => corpus.Html, "real" => corpus.Real, _ => corpus.Warc };
        // The first documents of each kind compile the code they run; that is start-up, not throughput.
        foreach (var d in Documents(corpus.Text).Take(WarmUp).Concat(Documents(path).Take(input == "real" ? 20 : WarmUp))) pipeline.Process(d);
        switch (stage)
        {
            case "read":
            {
                long bytes = 0;
                return Time(() => Documents(path).LongCount(d => (bytes += Utf8(d)) >= 0), () => bytes);
            }
            case "extract":
            {
                // The real pages are few: reading them several times gives a measurement long enough to trust.
                var docs = Enumerable.Repeat(Documents(path).ToArray(), input == "real" ? RealPasses : 1).SelectMany(d => d).ToArray();
                return Time(() => { Parallel.For(0, docs.Length, options, i => pipeline.Extract(docs[i])); return docs.Length; }, () => docs.Sum(Utf8));
            }
            case "code":
            {
                var docs = Documents(path).ToArray();
                var articles = docs.Select(pipeline.Extract).ToArray();
                return Time(() => { Parallel.For(0, articles.Length, options, i => pipeline.CodeEvents(articles[i])); return articles.Length; }, () => docs.Sum(Utf8));
            }
            case "store":
            {
                // The writer's share of an ingest alone: the articles are processed first (not timed), each content once as
                // the ingest's reader and cores leave them, then written a batch per transaction and folded into the file.
                var docs = Documents(path).ToArray();
                var processed = docs.AsParallel().AsOrdered().WithDegreeOfParallelism(cores).Select(pipeline.Process).DistinctBy(p => p.ContentHash).ToArray();
                var folder = Directory.CreateTempSubdirectory("dyad-bench-store-");
                try
                {
                    // As the ingest stage does, a first batch compiles the writer's code: that is start-up, not throughput.
                    using (var warm = EventStore.Open(Path.Combine(folder.FullName, "warm.duckdb")))
                        warm.SaveBatch(processed.Take(WarmUp).ToArray(), knownNew: true);
                    using var store = EventStore.Open(Path.Combine(folder.FullName, "bench.duckdb"));
                    return Time(() =>
                    {
                        using (store.LimitThreads(1))
                            foreach (var batch in processed.Chunk(batchSize)) store.SaveBatch(batch, knownNew: true);
                        store.Checkpoint();
                        return processed.Length;
                    }, () => docs.Sum(Utf8));
                }
                finally { folder.Delete(recursive: true); }
            }
            case "naive":
            {
                var docs = Documents(path).Take(NaiveDocs).ToArray();
                var bodies = docs.Select(d => pipeline.Extract(d).Body).ToArray();
                var naive = new NaiveBaseline(Path.Combine(corpus.Repo, "data"));
                naive.Code(bodies[0]);
                return Time(() => { Parallel.For(0, bodies.Length, options, i => naive.Code(bodies[i])); return bodies.Length; }, () => docs.Sum(Utf8));
            }
            case "ingest":
            {
                var folder = Directory.CreateTempSubdirectory("dyad-bench-store-");
                try
                {
                    using (var warm = EventStore.Open(Path.Combine(folder.FullName, "warm.duckdb")))
                        new IngestJob(pipeline, warm, maxThreads: cores).Run(DocumentReader.Read([corpus.Text]).Take(WarmUp));
                    using var store = EventStore.Open(Path.Combine(folder.FullName, "bench.duckdb"));
                    long docs = 0, bytes = 0;
                    var counted = DocumentReader.Read([path]).Select(r =>
                    {
                        if (r.Document is { } d) { docs++; bytes += Utf8(d); }
                        return r;
                    });
                    return Time(() => { new IngestJob(pipeline, store, batchSize, cores).Run(counted); return docs; }, () => bytes);
                }
                finally { folder.Delete(recursive: true); }
            }
            default: throw new ArgumentException($"unknown stage {stage}");
        }
    }

    private static IEnumerable<RawDocument> Documents(string path) =>
        DocumentReader.Read([path]).Where(r => r.Document is not null).Select(r => r.Document!);

    private static long Utf8(RawDocument d) => Encoding.UTF8.GetByteCount(d.Content);

    private static StageResult Time(Func<long> work, Func<long> bytes)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var docs = work();
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return new StageResult(docs, bytes(), wall, (process.TotalProcessorTime - cpu).TotalSeconds, Machine.PeakRss());
    }
}

/// <summary>Where the corpus and the repository are, as the parent passes them to each stage's process.</summary>
public sealed record CorpusPaths(string Repo, string Text, string Html, string Warc, string Real);
