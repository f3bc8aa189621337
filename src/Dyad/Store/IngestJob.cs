using System.Collections.Concurrent;
using Dyad.Extraction;
using Dyad.Ingest;
using Dyad.Text;

namespace Dyad.Store;

/// <summary>Progress after each stored batch: documents seen so far.</summary>
public readonly record struct IngestProgress(int Seen, int Stored, int Duplicates, int Failed, int Events);

/// <summary>
/// Streams documents from the readers through the pipeline into the store, a batch at a time. Three stages overlap:
/// one thread reads and decodes the next batch, the cores process the current one, and the calling thread writes the
/// previous one in one transaction (<see cref="EventStore.SaveBatch"/>). Documents already stored (same content) are
/// skipped before they are processed. At most a few batches are in flight and a batch is also cut by size, so memory
/// stays bounded whatever the input, and a killed run loses at most the batches not yet committed.
/// </summary>
public sealed class IngestJob(DyadPipeline pipeline, EventStore store, int batchSize = IngestJob.DefaultBatchSize, int maxThreads = -1)
{
    /// <summary>
    /// Documents per transaction. Each batch pays a fixed cost in the store's statements and in the commit, so larger is
    /// faster (the benchmark measured 2048 at about 1.5× the speed of 256 on two cores, 4096 no faster than 2048); a killed run loses at most the batches in flight.
    /// </summary>
    public const int DefaultBatchSize = 2048;

    /// <summary>Characters of content after which a batch is cut short: 2048 pages of 1 MB would otherwise all be in memory at once.</summary>
    public const int MaxBatchChars = 16 * 1024 * 1024;

    // Content hashes of the batches processed but not yet committed. The store cannot report them as stored yet, so the
    // cores skip them by this set; with both checks made here, the writer need not ask the store again.
    private readonly HashSet<string> inFlight = new(StringComparer.Ordinal);
    // What the store held when the run started and what it has committed since: the store is asked only about hashes this may hold.
    private StoredHashFilter stored = null!;

    private sealed class Batch
    {
        public List<RawDocument> Documents { get; } = [];
        public List<ReadFailure> Failures { get; } = [];
        public long Chars { get; set; }
        /// <summary>Documents read up to and including this batch, for progress reports.</summary>
        public int SeenSoFar { get; set; }
        public ProcessedDocument[] Processed { get; set; } = [];
        public int AlreadyStored { get; set; }
    }

    public IngestRun Run(IEnumerable<ReadResult> inputs, Action<ReadFailure>? onFailure = null, Action<IngestProgress>? onProgress = null)
    {
        IngestRun run;
        using (store.LimitThreads(1)) run = Stream(inputs, onFailure, onProgress);
        store.RecordRun(run);
        store.Checkpoint();
        return run;
    }

    private IngestRun Stream(IEnumerable<ReadResult> inputs, Action<ReadFailure>? onFailure, Action<IngestProgress>? onProgress)
    {
        // A run that failed may have left batches that were never committed.
        lock (inFlight) inFlight.Clear();
        stored = StoredHashFilter.Load(store);
        // Capacity 1 on both hand-offs: the reader is at most one batch ahead of the cores, the cores one ahead of the writer.
        using var read = new BlockingCollection<Batch>(1);
        using var processed = new BlockingCollection<Batch>(1);
        using var cancel = new CancellationTokenSource();
        var reader = Task.Factory.StartNew(() => Stage(read, cancel, () => ReadBatches(inputs, read, cancel.Token)),
            cancel.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var processor = Task.Factory.StartNew(() => Stage(processed, cancel, () =>
        {
            foreach (var batch in read.GetConsumingEnumerable(cancel.Token))
            {
                Process(batch);
                processed.Add(batch, cancel.Token);
            }
        }), cancel.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var tally = new Tally();
        try
        {
            foreach (var batch in processed.GetConsumingEnumerable(cancel.Token))
            {
                Write(batch, tally, onFailure);
                onProgress?.Invoke(new IngestProgress(tally.Seen, tally.Saved, tally.Duplicates, tally.Failed, tally.Events));
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // A stage failed and cancelled the others; its exception is rethrown below.
        }
        finally
        {
            cancel.Cancel();
            // The processor stops at its next hand-off; wait for it so that it never touches the store after Run returns.
            // The reader never touches the store, and may be blocked reading a pipe, so it gets a moment only.
            processor.ContinueWith(_ => { }).Wait();
            reader.ContinueWith(_ => { }).Wait(TimeSpan.FromSeconds(1));
        }
        Rethrow(reader);
        Rethrow(processor);
        return new IngestRun(tally.Seen, tally.Duplicates, tally.Failed, tally.Events);
    }

    private sealed class Tally
    {
        public int Seen, Saved, Duplicates, Failed, Events;
    }

    // The writer's share of one batch, in a method of its own: inline in Stream, which runs once per ingest, its loops over
    // a batch's hashes made .NET recompile all of Stream on the writer's thread in the middle of a run (on-stack replacement).
    private void Write(Batch batch, Tally tally, Action<ReadFailure>? onFailure)
    {
        BatchResult added;
        lock (store) added = store.SaveBatch(batch.Processed, knownNew: true);
        foreach (var d in batch.Processed) stored.Add(d.ContentHash);
        lock (inFlight) inFlight.ExceptWith(batch.Processed.Select(d => d.ContentHash));
        tally.Seen = batch.SeenSoFar;
        tally.Saved += added.Documents;
        tally.Duplicates += batch.AlreadyStored + (batch.Processed.Length - added.Documents);
        tally.Events += added.Events;
        if (batch.Failures.Count == 0) return;
        lock (store) store.RecordFailures(batch.Failures);
        foreach (var f in batch.Failures) onFailure?.Invoke(f);
        tally.Failed += batch.Failures.Count;
    }

    /// <summary>Runs one stage; when it ends, the next stage is told no more is coming; when it fails, every stage stops.</summary>
    private static void Stage(BlockingCollection<Batch> output, CancellationTokenSource cancel, Action body)
    {
        try { body(); }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested) { }
        catch
        {
            cancel.Cancel();
            throw;
        }
        finally { output.CompleteAdding(); }
    }

    private static void Rethrow(Task stage)
    {
        if (stage.Exception?.InnerException is { } e) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e).Throw();
    }

    private void ReadBatches(IEnumerable<ReadResult> inputs, BlockingCollection<Batch> output, CancellationToken cancel)
    {
        var seen = 0;
        var batch = new Batch();
        foreach (var input in inputs)
        {
            if (input.Failure is { } failure) { batch.Failures.Add(failure); continue; }
            var doc = input.Document!;
            // Readers cap what they read; this catches any source that does not, before a page of many megabytes
            // costs the pipeline tens of times its size in memory.
            if (doc.Content.Length > DocumentReader.MaxDocumentBytes)
            {
                batch.Failures.Add(new ReadFailure(doc.Origin, DocumentReader.TooLarge(doc.Content.Length, "characters")));
                continue;
            }
            seen++;
            batch.Documents.Add(doc);
            batch.Chars += doc.Content.Length;
            if (batch.Documents.Count >= batchSize || batch.Chars >= MaxBatchChars)
            {
                batch.SeenSoFar = seen;
                output.Add(batch, cancel);
                batch = new Batch();
            }
        }
        batch.SeenSoFar = seen;
        output.Add(batch, cancel);
    }

    private void Process(Batch batch)
    {
        var docs = batch.Documents;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxThreads };
        // Each document is hashed once: the hash both finds what is stored already and keys what is written.
        var hashes = new string[docs.Count];
        Parallel.For(0, docs.Count, options, i => hashes[i] = DyadPipeline.ContentHash(docs[i]));
        // In flight first, then the store: a batch leaves the in-flight set only once it is committed, so a hash is in one or the other.
        List<int> fresh;
        lock (inFlight) fresh = Enumerable.Range(0, docs.Count).Where(i => !inFlight.Contains(hashes[i])).ToList();
        var found = store.Stored(fresh.Select(i => hashes[i]).Where(stored.MayContain).ToList());
        fresh.RemoveAll(i => found.Contains(hashes[i]));
        var articles = new Article?[fresh.Count];
        var bodyHashes = new ulong?[fresh.Count];
        var failures = new ConcurrentBag<(int, ReadFailure)>();
        Parallel.For(0, fresh.Count, options, j =>
        {
            var raw = docs[fresh[j]];
            try
            {
                // The body's SimHash before any coding: it tells the batch's copies, which are then not coded.
                articles[j] = pipeline.Extract(raw);
                bodyHashes[j] = SimHash.Of(articles[j]!.Body);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                articles[j] = null;
                failures.Add((j, Failed(raw, e)));
            }
        });
        var events = BatchCoder.Code(articles, j => hashes[fresh[j]], bodyHashes, options, pipeline.CodeEvents,
            (j, e) => failures.Add((j, Failed(docs[fresh[j]], e))));
        batch.AlreadyStored = docs.Count - fresh.Count;
        batch.Processed = Enumerable.Range(0, fresh.Count).Where(j => articles[j] is not null)
            .Select(j => new ProcessedDocument(articles[j]!, events[j] ?? [], hashes[fresh[j]], bodyHashes[j])).ToArray();
        lock (inFlight) inFlight.UnionWith(batch.Processed.Select(d => d.ContentHash));
        batch.Failures.AddRange(failures.OrderBy(f => f.Item1).Select(f => f.Item2));
        // The raw documents are no longer needed: only what was made of them is written.
        docs.Clear();
    }

    private static ReadFailure Failed(RawDocument raw, Exception e) => new(raw.Origin, $"processing failed: {e.Message}");
}
