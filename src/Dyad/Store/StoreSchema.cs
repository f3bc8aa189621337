using DuckDB.NET.Data;

namespace Dyad.Store;

/// <summary>The store's tables, versioned: each migration runs once, in order, inside a transaction.</summary>
internal static class StoreSchema
{
    private static readonly string[][] Migrations =
    [
        [
            """
            CREATE TABLE documents (
                content_hash VARCHAR PRIMARY KEY,
                id VARCHAR NOT NULL,
                origin VARCHAR,
                lang VARCHAR,
                title VARCHAR,
                published VARCHAR,
                published_precision VARCHAR,
                published_source VARCHAR,
                body VARCHAR,
                event_count INTEGER,
                ingested_at TIMESTAMP NOT NULL)
            """,
            """
            CREATE TABLE events (
                event_id VARCHAR PRIMARY KEY,
                doc VARCHAR NOT NULL,
                date VARCHAR,
                date_precision VARCHAR NOT NULL,
                date_start DATE,
                source_code VARCHAR, source_country VARCHAR, source_role VARCHAR, source_name VARCHAR,
                target_code VARCHAR, target_country VARCHAR, target_role VARCHAR, target_name VARCHAR,
                cameo VARCHAR NOT NULL, root VARCHAR NOT NULL, plover VARCHAR, quad_class INTEGER, goldstein DOUBLE,
                lang VARCHAR, confidence DOUBLE, modality VARCHAR,
                mentions INTEGER NOT NULL)
            """,
            """
            CREATE TABLE mentions (
                event_id VARCHAR NOT NULL,
                doc VARCHAR NOT NULL,
                content_hash VARCHAR NOT NULL,
                sentence VARCHAR, sentence_start INTEGER, sentence_end INTEGER,
                trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
                source_start INTEGER, source_end INTEGER, target_start INTEGER, target_end INTEGER,
                lexicon_entry VARCHAR, date_reason VARCHAR)
            """,
            "CREATE TABLE failures (origin VARCHAR, problem VARCHAR, failed_at TIMESTAMP)",
            "CREATE TABLE runs (started_at TIMESTAMP, documents INTEGER, duplicates INTEGER, failed INTEGER, events INTEGER)",
            "CREATE INDEX mentions_event ON mentions(event_id)",
        ],
        [
            // Staging tables: a batch is appended here with DuckDB's appender, then moved in set-based
            // statements inside the batch's transaction, which is far faster than row-by-row inserts.
            "CREATE TABLE staging_documents AS SELECT * FROM documents LIMIT 0",
            "CREATE TABLE staging_events AS SELECT *, CAST(NULL AS VARCHAR) AS content_hash, CAST(NULL AS INTEGER) AS seq FROM events LIMIT 0",
            "CREATE TABLE staging_mentions AS SELECT * FROM mentions LIMIT 0",
        ],
        [
            // Near-duplicates: a SimHash of each body finds syndicated copies and re-crawls with small changes;
            // a copy is recorded against the document first stored, not stored again.
            "ALTER TABLE documents ADD COLUMN simhash UBIGINT",
            "ALTER TABLE staging_documents ADD COLUMN simhash UBIGINT",
            "CREATE TABLE near_duplicates (content_hash VARCHAR, id VARCHAR, origin VARCHAR, duplicate_of VARCHAR, distance INTEGER, found_at TIMESTAMP)",
        ],
        [
            // Each body's SimHash under its 28 byte-pair keys: finding a stored near copy reads the few exact key matches
            // instead of comparing the batch with every stored hash. Built here from the hashes already stored.
            "CREATE TABLE simhash_keys (key UINTEGER NOT NULL, simhash UBIGINT NOT NULL)",
            $"INSERT INTO simhash_keys SELECT {Dyad.Text.SimHash.PairKeySql("simhash")}, simhash FROM documents, {Dyad.Text.SimHash.BytePairsSql} WHERE simhash IS NOT NULL",
        ],
        [
            // The staging tables are now temporary, one set per writing connection (CreateStaging): rows staged in a
            // stored table went through the write-ahead log twice, staged and then deleted.
            "DROP TABLE IF EXISTS staging_documents",
            "DROP TABLE IF EXISTS staging_events",
            "DROP TABLE IF EXISTS staging_mentions",
        ],
        [
            // No index on mentions.event_id: DuckDB writes a table's whole index again at every checkpoint, and this one
            // grew with every mention stored, so a long ingest spent more and more of its commits on it (the benchmark's
            // 40,000 articles: about 15% less time without it). Looking mentions up by event scans one column instead,
            // milliseconds per million mentions, and the joins of the queries never used the index.
            "DROP INDEX IF EXISTS mentions_event",
        ],
        [
            // Documents and events without their primary keys, for the same reason: DuckDB wrote a keyed table again in
            // full at every checkpoint, however little had been added since the last one (measured: 10 ms for the events
            // added since the last checkpoint without the key, 160 ms with it). The writer keeps both unique itself:
            // a document whose content hash is stored or in flight is never written, and an event already stored gains
            // mentions instead of a second row (EventStore.SaveBatch). DuckDB cannot drop a key, so each table is copied.
            .. WithoutPrimaryKey("documents", notNull: ["content_hash", "id", "ingested_at"]),
            .. WithoutPrimaryKey("events", notNull: ["event_id", "doc", "date_precision", "cameo", "root", "mentions"]),
        ],
    ];

    // The statements that copy a table into one without constraints, then put back its NOT NULL ones.
    private static string[] WithoutPrimaryKey(string table, string[] notNull) =>
    [
        $"CREATE TABLE {table}_unkeyed AS SELECT * FROM {table}",
        $"DROP TABLE {table}",
        $"ALTER TABLE {table}_unkeyed RENAME TO {table}",
        .. notNull.Select(column => $"ALTER TABLE {table} ALTER COLUMN {column} SET NOT NULL"),
    ];

    /// <summary>
    /// The writing connection's staging tables: what the set-based statements of a batch's transaction need, appended with
    /// DuckDB's appender: the documents' keys for the near-copy lookup, the events' merge keys, the stored events a batch
    /// updates. The batch's rows themselves are appended to their tables. Temporary tables live in memory and never reach
    /// the log or the file; nothing is left in them between batches.
    /// </summary>
    public static void CreateStaging(DuckDBConnection connection)
    {
        Execute(connection, "CREATE TEMP TABLE staging_documents (content_hash VARCHAR, id VARCHAR, origin VARCHAR, simhash UBIGINT)");
        Execute(connection, "CREATE TEMP TABLE staging_events (event_id VARCHAR, source_country VARCHAR, target_country VARCHAR, root VARCHAR, date_precision VARCHAR, date_start DATE)");
        Execute(connection, "CREATE TEMP TABLE staging_event_updates (event_id VARCHAR, mentions INTEGER, confidence DOUBLE)");
    }

    public static int Latest => Migrations.Length;

    public static void Migrate(DuckDBConnection connection)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        var current = Convert.ToInt32(read.ExecuteScalar());
        if (current > Latest) throw new InvalidOperationException($"the store has schema version {current}, newer than this Dyad ({Latest}); upgrade Dyad");
        for (var v = current; v < Latest; v++)
        {
            using var tx = connection.BeginTransaction();
            foreach (var sql in Migrations[v]) Execute(connection, sql);
            Execute(connection, $"INSERT INTO schema_version VALUES ({v + 1})");
            tx.Commit();
        }
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
