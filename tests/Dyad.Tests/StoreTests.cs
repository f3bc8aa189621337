using System.Text.Json;
using DuckDB.NET.Data;
using Dyad.Ingest;
using Dyad.Languages;
using Dyad.Store;
using Dyad.Text;

namespace Dyad.Tests;

public class StoreTests
{
    private static (IngestRun Run, EventStore Store) IngestSeeds(TempDir dir)
    {
        var store = EventStore.Open(dir.File("dyad.duckdb"));
        var run = new IngestJob(Repo.Pipeline, store, batchSize: 2).Run(DocumentReader.Read([Repo.Seeds]));
        return (run, store);
    }

    [Fact]
    public void Re_ingesting_the_same_content_adds_nothing()
    {
        using var dir = new TempDir();
        var (first, store) = IngestSeeds(dir);
        using (store)
        {
            Assert.Equal(5, first.Documents);
            Assert.Equal(0, first.Duplicates);
            var before = store.Stats();
            var again = new IngestJob(Repo.Pipeline, store).Run(DocumentReader.Read([Repo.Seeds]));
            Assert.Equal(5, again.Duplicates);
            var after = store.Stats();
            Assert.Equal(before.Documents, after.Documents);
            Assert.Equal(before.Events, after.Events);
            Assert.Equal(before.Mentions, after.Mentions);
            Assert.Equal(5, after.Duplicates);
        }
    }

    [Fact]
    public void The_same_page_in_consecutive_batches_of_one_run_is_stored_once()
    {
        // One document per batch: each copy is checked while the batch before it is still being written.
        using var dir = new TempDir();
        var seed = File.ReadAllText(Directory.GetFiles(Repo.Seeds, "002_*.txt").Single());
        ReadResult Copy(int i) => ReadResult.Ok(new RawDocument($"copy-{i}", $"copy-{i}.txt", seed, ContentKind.Text));
        using var once = EventStore.Open(dir.File("once.duckdb"));
        new IngestJob(Repo.Pipeline, once).Run([Copy(0)]);
        using var store = EventStore.Open(dir.File("dyad.duckdb"));
        var run = new IngestJob(Repo.Pipeline, store, batchSize: 1).Run(Enumerable.Range(0, 6).Select(Copy));
        Assert.Equal((6, 5), (run.Documents, run.Duplicates));
        var (expected, stats) = (once.Stats(), store.Stats());
        Assert.True(expected.Events > 0);
        Assert.Equal((expected.Documents, expected.Events, expected.Mentions, 0L), (stats.Documents, stats.Events, stats.Mentions, stats.NearDuplicates));
    }

    [Fact]
    public void The_store_reopens_with_its_schema_version_and_counts()
    {
        using var dir = new TempDir();
        var (_, store) = IngestSeeds(dir);
        var events = store.Stats().Events;
        store.Dispose();
        using var reopened = EventStore.Open(dir.File("dyad.duckdb"), readOnly: true);
        Assert.Equal(5, reopened.Stats().Documents);
        Assert.Equal(events, reopened.Stats().Events);
    }

    [Fact]
    public void A_store_with_the_old_primary_keys_keeps_its_rows_and_loses_only_the_keys()
    {
        using var dir = new TempDir();
        var path = dir.File("dyad.duckdb");
        var (_, store) = IngestSeeds(dir);
        var before = store.Stats();
        store.Dispose();
        // Back to schema 6, as the previous release wrote it: documents and events keyed by their hashes.
        StoreFile.Execute(path, "ALTER TABLE documents ADD PRIMARY KEY (content_hash)", "ALTER TABLE events ADD PRIMARY KEY (event_id)", "DELETE FROM schema_version WHERE version > 6");
        const string keys = "SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'";
        Assert.Equal(2L, StoreFile.Count(path, keys));
        using (var migrated = EventStore.Open(path))
        {
            var after = migrated.Stats();
            Assert.Equal((before.Documents, before.Events, before.Mentions), (after.Documents, after.Events, after.Mentions));
            Assert.Equal(5, new IngestJob(Repo.Pipeline, migrated).Run(DocumentReader.Read([Repo.Seeds])).Duplicates);
            Assert.Equal(after.Events, migrated.Stats().Events);
        }
        Assert.Equal(0L, StoreFile.Count(path, keys));
        Assert.Equal(0L, StoreFile.Count(path, "SELECT count(*) FROM duckdb_indexes()"));
        // The columns that were never empty still refuse to be.
        Assert.Equal(9L, StoreFile.Count(path, "SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'NOT NULL' AND table_name IN ('documents', 'events')"));
        Assert.Equal(StoreSchema.Latest, StoreFile.Count(path, "SELECT max(version) FROM schema_version"));
    }

    [Fact]
    public void Seed_002_yields_a_russia_cuba_consultation_dated_19_february_2024()
    {
        using var dir = new TempDir();
        var (_, store) = IngestSeeds(dir);
        using (store)
        {
            var e = store.Events(new EventQuery(Source: "RUS", Target: "CUB")).Where(x => x.Root == "04" && x.Docs.Contains("002_2f565f37f21d7d33.txt")).ToList();
            Assert.Contains(e, x => x.Date == "2024-02-19" && x.DatePrecision == "day");
            var json = JsonDocument.Parse(EventJson.Serialize(e.First(x => x.Date == "2024-02-19"))).RootElement;
            foreach (var field in new[] { "event_id", "doc", "docs", "date", "date_precision", "source", "target", "cameo", "root", "plover", "quad_class", "goldstein", "lang", "confidence", "evidence", "mentions" })
                Assert.True(json.TryGetProperty(field, out _), field);
            Assert.Equal("RUS", json.GetProperty("source").GetProperty("country").GetString());
            var evidence = json.GetProperty("evidence");
            var start = evidence.GetProperty("start").GetInt32();
            var end = evidence.GetProperty("end").GetInt32();
            var body = Repo.ProcessSeed("002").Article.Body;
            Assert.Equal(evidence.GetProperty("text").GetString(), body[start..end]);
        }
    }

    // A mention's sentence is kept once, in the article's body, and cut from it when read: every reader must give back
    // exactly the sentence the coder saw, also in an article whose body holds an emoji (where DuckDB's character offsets
    // and .NET's differ, so the sentence is stored with the mention).
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Evidence_sentences_read_back_exactly(bool emoji)
    {
        using var dir = new TempDir();
        var raw = Repo.ReadSeed("002");
        if (emoji) raw = raw with { Content = raw.Content.Replace("Cuba", "Cuba 🇨🇺") };
        var coded = Repo.Pipeline.Process(raw).Events.SelectMany(e => e.Evidence).Select(ev => ev.Text).Order().ToList();
        Assert.NotEmpty(coded);
        Assert.Equal(emoji, coded.Any(t => t.Contains("🇨🇺")));
        using var store = EventStore.Open(dir.File("dyad.duckdb"));
        new IngestJob(Repo.Pipeline, store).Run([ReadResult.Ok(raw)]);

        var events = store.Events(new EventQuery());
        Assert.Equal(coded, events.SelectMany(e => store.Mentions(e.EventId)).Select(m => m.Sentence).Order().ToList());
        Assert.All(events, e => Assert.Contains(e.EvidenceText, coded));
        Assert.All(events, e => Assert.Equal(e.EvidenceText, store.FindEvent(e.EventId)!.EvidenceText));
        // A summary over the whole store reads no body: the same events, without the sentences that live only there.
        var bare = store.Events(new EventQuery(), withEvidence: false);
        Assert.Equal(events.Select(e => e.EventId), bare.Select(e => e.EventId));
        Assert.Equal(emoji, bare.All(e => e.EvidenceText is not null));
        store.Copy(new EventQuery(), dir.File("e.parquet"), "parquet");
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        using var cmd = duck.CreateCommand();
        cmd.CommandText = $"SELECT sentence FROM read_parquet('{dir.File("e.parquet")}') ORDER BY sentence";
        using var r = cmd.ExecuteReader();
        var exported = new List<string>();
        while (r.Read()) exported.Add(r.GetString(0));
        Assert.Equal(events.Select(e => e.EvidenceText!).Order(StringComparer.Ordinal), exported.Order(StringComparer.Ordinal));
        // Text search reads the same sentences: a word of the first one finds its event, a word of none finds nothing.
        var word = coded[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).First(w => w.Length > 5 && w.All(char.IsLetter));
        Assert.NotEqual(0, store.FindEvents(new Dyad.Analysis.EventFilter { Text = word }).Total);
        Assert.Equal(0, store.FindEvents(new Dyad.Analysis.EventFilter { Text = "zyxwvutsrq" }).Total);
    }

    [Fact]
    public void Exports_write_parquet_csv_and_gdelt_columns()
    {
        using var dir = new TempDir();
        var (_, store) = IngestSeeds(dir);
        using (store)
        {
            var count = store.Stats().Events;
            store.Copy(new EventQuery(), dir.File("e.parquet"), "parquet");
            store.Copy(new EventQuery(), dir.File("e.csv"), "csv");
            using (var w = new StreamWriter(dir.File("e.tsv"))) GdeltExport.Write(store.Events(new EventQuery()), w, CountryCodes.Load(LanguageCatalog.Load(Path.Combine(Repo.Root, "data"))));

            using var duck = new DuckDBConnection("Data Source=:memory:");
            duck.Open();
            using var cmd = duck.CreateCommand();
            cmd.CommandText = $"SELECT count(*) FROM read_parquet('{dir.File("e.parquet")}')";
            Assert.Equal(count, Convert.ToInt64(cmd.ExecuteScalar()));
            Assert.Equal(count + 1, File.ReadAllLines(dir.File("e.csv")).Length);
            var rows = File.ReadAllLines(dir.File("e.tsv"));
            Assert.Equal(count, rows.Length);
            Assert.All(rows, r => Assert.Equal(GdeltExport.ColumnCount, r.Split('\t').Length));
        }
    }

    [Fact]
    public void Another_articles_report_of_a_stored_event_adds_a_mention_not_an_event()
    {
        using var dir = new TempDir();
        using var store = EventStore.Open(dir.File("dyad.duckdb"));
        var first = new RawDocument("https://example.org/a", "a", "Russia, Cuba hold talks\n\nOn Monday, Russian Foreign Minister Sergey Lavrov held talks with his Cuban counterpart in Havana.",
            ContentKind.Text, PartialDate.Parse("2024-02-20"), "jsonl");
        var second = new RawDocument("https://example.net/b", "b", "Lavrov in Havana\n\nSergey Lavrov held talks with Cuban Foreign Minister Bruno Rodriguez Parrilla, the ministry said.",
            ContentKind.Text, PartialDate.Parse("2024-02-20"), "jsonl");
        new IngestJob(Repo.Pipeline, store).Run([ReadResult.Ok(first)]);
        new IngestJob(Repo.Pipeline, store).Run([ReadResult.Ok(second)]);
        var talks = store.Events(new EventQuery(Source: "RUS", Target: "CUB")).Where(e => e.Root == "04").ToList();
        var e = Assert.Single(talks);
        Assert.Equal("https://example.org/a", e.Doc);
        Assert.Equal(["https://example.net/b", "https://example.org/a"], e.Docs);
        Assert.Equal(2, e.Mentions);
        Assert.Equal("2024-02-19", e.Date);
    }

    // Two articles report one signing a day apart, a third a signing four days later: one event with two reports and
    // one of its own, whether the articles arrive in one batch or in separate runs.
    private static readonly (string Id, string Text)[] Signings =
    [
        ("a.txt", "Russia and Cuba sign energy deal\n\nOn 20 February 2024, Russia signed an agreement on energy cooperation with Cuba in Havana, officials said.\n"),
        ("b.txt", "Moscow and Havana agree on oil\n\nOn 21 February 2024, Russia signed an agreement on energy cooperation with Cuba, the ministry said.\n"),
        ("c.txt", "Later deal\n\nOn 25 February 2024, Russia signed an agreement on energy cooperation with Cuba, the ministry said.\n"),
    ];

    [Theory]
    [InlineData(true), InlineData(false)]
    public void Reports_a_day_apart_in_different_articles_are_one_event(bool oneBatch)
    {
        using var dir = new TempDir();
        using var store = EventStore.Open(dir.File("dyad.duckdb"));
        var docs = Signings.Select(s => ReadResult.Ok(new RawDocument(s.Id, s.Id, s.Text, ContentKind.Text))).ToList();
        if (oneBatch) new IngestJob(Repo.Pipeline, store).Run(docs);
        else foreach (var doc in docs) new IngestJob(Repo.Pipeline, store).Run([doc]);
        var events = store.Events(new EventQuery("RUS", "CUB")).OrderBy(e => e.Date).ToList();
        Assert.Equal(["2024-02-20", "2024-02-25"], events.Select(e => e.Date));
        Assert.Equal(2, events[0].Mentions);
        Assert.Equal(["a.txt", "b.txt"], events[0].Docs.Order());
        Assert.Equal(1, events[1].Mentions);
    }
}
