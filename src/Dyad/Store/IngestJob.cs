using Dyad.Ingest;

namespace Dyad.Store;

/// <summary>Progress after each stored batch: documents seen so far.</summary>
public readonly record struct IngestProgress(int Seen, int Stored, int Duplicates, int Failed, int Events);

/// <summary>
/// Streams documents from the readers through the pipeline into the store, a batch at a time: each batch
/// is processed in parallel and written in one transaction, so memory stays bounded and a killed run
/// loses at most the batch in flight. Documents already stored (same content) are skipped.
/// </summary>
public sealed class IngestJob(DyadPipeline pipeline, EventStore store, int batchSize = 256, int maxThreads = -1)
{
    public IngestRun Run(IEnumerable<ReadResult> inputs, Action<ReadFailure>? onFailure = null, Action<IngestProgress>? onProgress = null)
    {
        int seen = 0, saved = 0, duplicates = 0, failed = 0, events = 0;
        var failures = new List<ReadFailure>();
        var batch = new List<RawDocument>(batchSize);
        void Flush()
        {
            var stored = store.Stored(batch.Select(d => DyadPipeline.ContentHash(d.Content)).ToList());
            var fresh = batch.Where(d => !stored.Contains(DyadPipeline.ContentHash(d.Content))).ToList();
            var processed = new ProcessedDocument?[fresh.Count];
            Parallel.For(0, fresh.Count, new ParallelOptions { MaxDegreeOfParallelism = maxThreads }, i =>
            {
                try { processed[i] = pipeline.Process(fresh[i]); }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    lock (failures) failures.Add(new ReadFailure(fresh[i].Origin, $"processing failed: {e.Message}"));
                }
            });
            var ok = processed.OfType<ProcessedDocument>().ToList();
            var added = store.SaveBatch(ok);
            saved += added.Documents;
            duplicates += batch.Count - fresh.Count + (ok.Count - added.Documents);
            events += added.Events;
            batch.Clear();
            ReportFailures();
            onProgress?.Invoke(new IngestProgress(seen, saved, duplicates, failed, events));
        }
        void ReportFailures()
        {
            if (failures.Count == 0) return;
            store.RecordFailures(failures);
            foreach (var f in failures) onFailure?.Invoke(f);
            failed += failures.Count;
            failures.Clear();
        }
        foreach (var input in inputs)
        {
            if (input.Failure is { } failure) { failures.Add(failure); continue; }
            seen++;
            batch.Add(input.Document!);
            if (batch.Count >= batchSize) Flush();
        }
        Flush();
        var run = new IngestRun(seen, duplicates, failed, events);
        store.RecordRun(run);
        return run;
    }
}
