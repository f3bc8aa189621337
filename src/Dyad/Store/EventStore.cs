using System.Data.Common;
using DuckDB.NET.Data;
using Dyad.Events;
using Dyad.Text;

namespace Dyad.Store;

/// <summary>
/// The embedded DuckDB store: one file holding documents, events and their mentions. Each batch of
/// documents is written in one transaction, so a killed run leaves whole batches only, and a document's
/// content hash makes writing it again a no-op.
/// </summary>
public sealed partial class EventStore : IDisposable
{
    public const string DefaultFile = "dyad.duckdb";
    private readonly DuckDBConnection connection;
    // A second connection to the same database answers "is this stored?" while the first writes a batch: an ingest
    // checks the next batch without waiting for the previous one's transaction.
    private readonly Lazy<DuckDBConnection> lookups;
    // The writer's in-memory merge of a batch's events and what the store tells it, reused batch after batch (see BatchEventMerge).
    private readonly BatchEventMerge merge = new();
    private readonly Dictionary<string, string> storedMerges = new(StringComparer.Ordinal);
    private readonly HashSet<string> storedEventIds = new(StringComparer.Ordinal);

    public string Path { get; }

    private EventStore(string path, DuckDBConnection connection)
    {
        Path = path;
        this.connection = connection;
        lookups = new Lazy<DuckDBConnection>(() =>
        {
            // DuckDB.NET shares one database instance between a process's connections to the same file.
            var second = new DuckDBConnection(connection.ConnectionString);
            second.Open();
            return second;
        });
    }

    /// <summary>--store, else DYAD_STORE, else dyad.duckdb in the working directory.</summary>
    public static string ResolvePath(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option : Environment.GetEnvironmentVariable("DYAD_STORE") is { Length: > 0 } env ? env : DefaultFile;

    /// <summary>
    /// DuckDB's own memory for a writing process (its cache, the data waiting for a checkpoint, the batch's joins), in MB:
    /// 256 unless DYAD_MEMORY_MB says otherwise. Since the store has no key indexes, nothing in it grows with the store;
    /// 384 measured no faster, and the .NET heap of the batches in flight needs the rest of the ingest's 1 GB.
    /// </summary>
    public static int MemoryLimitMb =>
        int.TryParse(Environment.GetEnvironmentVariable("DYAD_MEMORY_MB"), out var mb) && mb >= 64 ? mb : 256;

    /// <summary>How long Open waits, by default, for another process to release the store.</summary>
    public static readonly TimeSpan DefaultLockWait = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Opens the store. DuckDB lets one process write a file or several read it, never both, so while another
    /// process holds it (`dyad serve` answering a request, a running `dyad ingest`) this retries until
    /// <paramref name="lockWait"/> (default <see cref="DefaultLockWait"/>) has passed, then gives up.
    /// </summary>
    public static EventStore Open(string path, bool readOnly = false, TimeSpan? lockWait = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (readOnly && !File.Exists(full)) throw new StoreException($"{path}: no store here yet; run `dyad ingest` first");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var deadline = DateTime.UtcNow + (lockWait ?? DefaultLockWait);
        while (true)
        {
            var connection = new DuckDBConnection($"Data Source={full}{(readOnly ? ";ACCESS_MODE=READ_ONLY" : "")}");
            try { connection.Open(); }
            catch (DuckDBException e)
            {
                connection.Dispose();
                var locked = e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase);
                if (locked && DateTime.UtcNow < deadline) { Thread.Sleep(Random.Shared.Next(50, 200)); continue; }
                throw new StoreException(locked
                    ? $"{path}: the store is in use by another Dyad process; wait for it to finish or use another --store"
                    : $"{path}: cannot open the store: {FirstLine(e.Message)}", locked);
            }
            if (!readOnly)
            {
                StoreSchema.Migrate(connection);
                StoreSchema.CreateStaging(connection);
                // DuckDB folds its log into the file every 16 MB by default, and each fold compresses the tables' last,
                // partly filled row groups again, everything since the last full one (122,880 rows: 500 MB of articles).
                // Every 256 MB, and once when an ingest ends (Checkpoint), costs least: 40,000 articles on two cores ran
                // 5% faster than with a fold every 64 MB, with no higher peak, since the memory cap below holds what
                // waits for the fold (DuckDB spills the rest to its temporary files); a killed run replays at most that
                // much log when the store is next opened. Without the cap DuckDB would cache up to 80% of the machine's
                // memory as the store grows; with it a long ingest's peak stays flat (the benchmark's 40,000-page WARC).
                foreach (var setting in new[] { "SET checkpoint_threshold = '256MB'", $"SET memory_limit = '{MemoryLimitMb}MB'" })
                {
                    using var set = connection.CreateCommand();
                    set.CommandText = setting;
                    set.ExecuteNonQuery();
                }
            }
            return new EventStore(path, connection);
        }
    }

    /// <summary>
    /// Which of these content hashes are stored already, as documents or as near copies recorded against one, in one
    /// query for a whole batch: a rerun skips both, so a recorded copy is never recorded twice. Safe to call while
    /// another thread writes; a batch being written is not seen until it commits (the write skips stored documents itself).
    /// </summary>
    public HashSet<string> Stored(IReadOnlyCollection<string> contentHashes)
    {
        lock (lookups) return StoredOn(lookups.Value, contentHashes);
    }

    /// <summary>How many content hashes <see cref="ForEachStoredHash"/> gives.</summary>
    public long StoredHashCount()
    {
        lock (lookups)
        {
            using var cmd = lookups.Value.CreateCommand();
            cmd.CommandText = "SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM near_duplicates)";
            return Convert.ToInt64(cmd.ExecuteScalar());
        }
    }

    /// <summary>Every content hash stored, as a document or as a recorded near copy, streamed to <paramref name="take"/>.</summary>
    public void ForEachStoredHash(Action<string> take)
    {
        lock (lookups)
        {
            using var cmd = lookups.Value.CreateCommand();
            cmd.CommandText = "SELECT content_hash FROM documents UNION ALL SELECT content_hash FROM near_duplicates";
            using var r = cmd.ExecuteReader();
            while (r.Read()) take(r.GetString(0));
        }
    }

    private static HashSet<string> StoredOn(DuckDBConnection on, IReadOnlyCollection<string> contentHashes)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (contentHashes.Count == 0) return found;
        var list = HashList(contentHashes);
        using var cmd = on.CreateCommand();
        cmd.CommandText = $"SELECT content_hash FROM documents WHERE content_hash IN ({list}) UNION SELECT content_hash FROM near_duplicates WHERE content_hash IN ({list})";
        using var r = cmd.ExecuteReader();
        while (r.Read()) found.Add(r.GetString(0));
        return found;
    }

    /// <summary>
    /// Caps DuckDB's worker threads (all of the machine's by default) until the returned handle is disposed. An ingest
    /// writes with one: its cores are busy extracting and coding, and DuckDB's workers would only take turns with them
    /// (measured: the same ingest took 8% less CPU time with one thread than with two on a 2-core machine).
    /// </summary>
    public IDisposable LimitThreads(int threads)
    {
        Execute($"SET threads = {threads}");
        return new Restore(() => Execute("RESET threads"));
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

    // Content hashes as a list of SQL literals: they are hex digests computed here (anything else is left out), so they
    // can stand in the SQL text, which DuckDB matches against the documents' key far faster than a parameter list.
    private static string HashList(IEnumerable<string> contentHashes) =>
        string.Join(",", contentHashes.Where(h => h.All(char.IsAsciiHexDigit)).Select(h => $"'{h}'"));

    public void RecordFailures(IEnumerable<Ingest.ReadFailure> failures)
    {
        using var tx = connection.BeginTransaction();
        foreach (var f in failures)
        {
            using var cmd = Command("INSERT INTO failures VALUES ($1, $2, now())", f.Origin, f.Problem);
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }

    /// <summary>Folds the write-ahead log into the store file, so that readers open it without replaying the log.</summary>
    public void Checkpoint()
    {
        using var cmd = Command("CHECKPOINT");
        cmd.ExecuteNonQuery();
    }

    public void RecordRun(IngestRun run)
    {
        using var cmd = Command("INSERT INTO runs VALUES (now(), $1, $2, $3, $4)", run.Documents, run.Duplicates, run.Failed, run.Events);
        cmd.ExecuteNonQuery();
    }

    public StoreStats Stats()
    {
        long Count(string sql)
        {
            using var cmd = Command(sql);
            return Convert.ToInt64(cmd.ExecuteScalar() ?? 0L);
        }
        return new StoreStats(
            Count("SELECT count(*) FROM documents"),
            Count("SELECT CAST(coalesce(sum(duplicates), 0) AS BIGINT) FROM runs"),
            Count("SELECT count(*) FROM events"),
            Count("SELECT count(*) FROM mentions"),
            Count("SELECT count(*) FROM failures"),
            Count("SELECT count(*) FROM near_duplicates"),
            Count("SELECT count(*) FROM runs"));
    }

    internal DbCommand Command(string sql, params object?[] args)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var a in args) cmd.Parameters.Add(new DuckDBParameter(a ?? DBNull.Value));
        return cmd;
    }

    internal static string Precision(PartialDate? d) => PartialDate.PrecisionName(d?.Precision ?? DatePrecision.None);

    // The first day a date can mean, for range filters; a date without its year has none.
    internal static DateOnly? DateStart(PartialDate? d) =>
        d is { Year: { } y } p ? new DateOnly(y, p.Month ?? 1, p.Day ?? 1) : null;

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();

    public void Dispose()
    {
        if (lookups.IsValueCreated) lookups.Value.Dispose();
        connection.Dispose();
    }
}

public sealed class StoreException(string message, bool locked = false) : Exception(message)
{
    /// <summary>True when another process held the store for longer than the caller would wait.</summary>
    public bool Locked { get; } = locked;
}
