using Dyad.Ingest;
using Dyad.Store;

namespace Dyad.Tests;

/// <summary>A syndicated copy or a re-crawl with small changes is recorded against the stored article, not stored again.</summary>
public class NearDuplicateTests
{
    private static RawDocument Copy(string id, string text) => new(id, id, text, ContentKind.Text);

    // A seed and the same page crawled again with one more word in its follow-us line: a near copy.
    private static (string Original, string Recrawl) Recrawled()
    {
        var original = File.ReadAllText(Repo.Seed("001"));
        return (original, original.Replace("Mời quý độc giả theo dõi VOV.VN trên", "Mời quý độc giả theo dõi VOV.VN trên Zalo"));
    }

    [Fact]
    public void A_copy_with_another_byline_and_counters_is_recorded_not_stored()
    {
        var original = File.ReadAllText(Repo.Seed("002"));
        var syndicated = original.Replace("Natasha Matloob", "Staff Reporter").Replace("4,846FansLike", "5,102FansLike").Replace("(TDI)", "(Agencies)");
        using var dir = new TempDir();
        using var store = EventStore.Open(dir.File("dyad.duckdb"));
        new IngestJob(Repo.Pipeline, store).Run([ReadResult.Ok(Copy("first.txt", original))]);
        var events = store.Stats().Events;
        var second = new IngestJob(Repo.Pipeline, store).Run([ReadResult.Ok(Copy("second.txt", syndicated))]);
        var stats = store.Stats();
        Assert.Equal(1, second.Duplicates);
        Assert.Equal((1L, 1L, events), (stats.Documents, stats.NearDuplicates, stats.Events));
    }

    [Fact]
    public void A_rerun_skips_a_recorded_copy_instead_of_recording_it_again()
    {
        var original = File.ReadAllText(Repo.Seed("002"));
        var syndicated = original.Replace("Natasha Matloob", "Staff Reporter");
        using var dir = new TempDir();
        using var store = EventStore.Open(dir.File("dyad.duckdb"));
        ReadResult[] both = [ReadResult.Ok(Copy("first.txt", original)), ReadResult.Ok(Copy("second.txt", syndicated))];
        new IngestJob(Repo.Pipeline, store).Run(both);
        var again = new IngestJob(Repo.Pipeline, store).Run(both);
        Assert.Equal(2, again.Duplicates);
        Assert.Equal((1L, 1L), (store.Stats().Documents, store.Stats().NearDuplicates));
    }

    [Fact]
    public void Copies_inside_one_batch_are_stored_once()
    {
        var (original, recrawl) = Recrawled();
        using var dir = new TempDir();
        using var store = EventStore.Open(dir.File("dyad.duckdb"));
        new IngestJob(Repo.Pipeline, store).Run([ReadResult.Ok(Copy("a.txt", original)), ReadResult.Ok(Copy("b.txt", recrawl))]);
        Assert.Equal((1L, 1L), (store.Stats().Documents, store.Stats().NearDuplicates));
    }

    [Fact]
    public void A_copy_inside_one_batch_leaves_the_events_as_the_original_alone_gives_them()
    {
        var (original, recrawl) = Recrawled();
        using var dir = new TempDir();
        using var alone = EventStore.Open(dir.File("alone.duckdb"));
        using var both = EventStore.Open(dir.File("both.duckdb"));
        new IngestJob(Repo.Pipeline, alone).Run([ReadResult.Ok(Copy("a.txt", original))]);
        new IngestJob(Repo.Pipeline, both).Run([ReadResult.Ok(Copy("a.txt", original)), ReadResult.Ok(Copy("b.txt", recrawl))]);
        Assert.NotEqual(0, alone.Stats().Events);
        Assert.Equal(EventRows(alone), EventRows(both));
    }

    private static List<string> EventRows(EventStore store) =>
        store.Events(new EventQuery()).Select(e => $"{e.EventId} {e.Doc} {e.Cameo} {e.Mentions} {string.Join(",", e.Docs)}").Order().ToList();

    // The batch coder skips the copy, and codes it after all when coding the original fails: the writer then keeps the copy.
    [Fact]
    public void A_copy_is_coded_only_when_its_original_fails()
    {
        var (original, recrawl) = Recrawled();
        Dyad.Extraction.Article?[] Articles() => [Repo.Pipeline.Extract(Copy("a.txt", original)), Repo.Pipeline.Extract(Copy("b.txt", recrawl))];
        ulong?[] bodies = Articles().Select(a => Dyad.Text.SimHash.Of(a!.Body)).ToArray();
        string[] hashes = [DyadPipeline.ContentHash(original), DyadPipeline.ContentHash(recrawl)];
        var options = new ParallelOptions { MaxDegreeOfParallelism = 2 };

        var coded = new System.Collections.Concurrent.ConcurrentBag<string>();
        var events = BatchCoder.Code(Articles(), j => hashes[j], bodies, options, a => { coded.Add(a.Doc); return Repo.Pipeline.CodeEvents(a); }, (_, e) => throw e);
        Assert.Equal(["a.txt"], coded);
        Assert.NotNull(events[0]);
        Assert.Null(events[1]);

        var failed = new List<int>();
        var articles = Articles();
        events = BatchCoder.Code(articles, j => hashes[j], bodies, options,
            a => a.Doc == "a.txt" ? throw new InvalidOperationException("coder failed") : Repo.Pipeline.CodeEvents(a), (j, _) => failed.Add(j));
        Assert.Equal([0], failed);
        Assert.Null(articles[0]);
        Assert.NotEmpty(events[1]!);
    }

    [Fact]
    public void Different_articles_on_the_same_subject_are_both_stored()
    {
        using var dir = new TempDir();
        using var store = EventStore.Open(dir.File("dyad.duckdb"));
        new IngestJob(Repo.Pipeline, store).Run(DocumentReader.Read([Repo.Seeds]));
        Assert.Equal((5L, 0L), (store.Stats().Documents, store.Stats().NearDuplicates));
    }

    [Fact]
    public void A_store_from_before_the_key_table_finds_copies_of_what_it_holds()
    {
        var original = File.ReadAllText(Repo.Seed("002"));
        using var dir = new TempDir();
        var path = dir.File("dyad.duckdb");
        using (var store = EventStore.Open(path))
            new IngestJob(Repo.Pipeline, store).Run([ReadResult.Ok(Copy("first.txt", original))]);
        // Back to schema 3: no key table, as a store written by the previous release.
        StoreFile.Execute(path, "DROP TABLE simhash_keys", "DELETE FROM schema_version WHERE version > 3");
        using (var store = EventStore.Open(path))
        {
            var second = new IngestJob(Repo.Pipeline, store).Run([ReadResult.Ok(Copy("second.txt", original.Replace("Natasha Matloob", "Staff Reporter")))]);
            Assert.Equal(1, second.Duplicates);
            Assert.Equal((1L, 1L), (store.Stats().Documents, store.Stats().NearDuplicates));
        }
    }
}
