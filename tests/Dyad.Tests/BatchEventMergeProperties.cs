using Dyad.Events;
using Dyad.Store;
using Dyad.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dyad.Tests;

/// <summary>The writer's in-memory merge of a batch's reports, against the store's rule written out pair by pair.</summary>
public class BatchEventMergeProperties
{
    private static readonly string?[] Countries = ["RUS", "CUB", null];
    private static readonly string[] Dates = ["2024-02-19", "2024-02-20", "2024-02-21", "2024-02-23", "2024-02", "2024-03", "2024"];

    // A report: source, target, root, date and confidence drawn from a few values each, so that reports often match; its
    // id is the one the coder gives those fields, and some reports are already merged with an event of the store.
    private static readonly Gen<CodedEvent> Report =
        from source in Gen.Elements(Countries)
        from target in Gen.Elements(Countries)
        from root in Gen.Elements("04", "06")
        from date in Gen.Elements(Dates)
        from confidence in Gen.Elements(0.5, 0.65, 0.8)
        from mentions in Gen.Choose(1, 3)
        select Coded(source, target, root, date, confidence, mentions);

    private static readonly Gen<(List<CodedEvent> Reports, int StoredEvery)> Batch =
        from reports in Gen.ListOf(Report)
        from storedEvery in Gen.Choose(0, 4)
        select (reports.ToList(), storedEvery);

    // A writer reuses one merge batch after batch: each property runs two batches through the same one.
    [Property(MaxTest = 300)]
    public Property Reports_end_under_the_event_the_rule_joins_them_to() =>
        Prop.ForAll(Arb.From(Batch), Arb.From(Batch), (before, batch) =>
        {
            var merge = new BatchEventMerge();
            foreach (var b in new[] { before, batch })
            {
                var stored = StoredMerges(b.Reports, b.StoredEvery);
                merge.Load(b.Reports);
                Assert.Equal(ByDefinition(b.Reports, stored), merge.FinalIds(stored).ToArray());
            }
        });

    [Property(MaxTest = 300)]
    public Property Each_event_keeps_its_first_report_the_highest_confidence_and_all_mentions() =>
        Prop.ForAll(Arb.From(Batch), Arb.From(Batch), (before, batch) =>
        {
            var merge = new BatchEventMerge();
            foreach (var b in new[] { before, batch })
            {
                merge.Load(b.Reports);
                var ids = merge.FinalIds(StoredMerges(b.Reports, b.StoredEvery)).ToArray();
                var expected = Enumerable.Range(0, ids.Length).GroupBy(i => ids[i])
                    .Select(g => new FoldedEvent(g.Key, g.Min(), g.Max(i => b.Reports[i].Confidence), g.Sum(i => b.Reports[i].Mentions)));
                Assert.Equal(expected, merge.Fold(ids));
            }
        });

    [Property(MaxTest = 300)]
    public Property The_reports_looked_up_are_the_first_of_each_id_and_key() =>
        Prop.ForAll(Arb.From(Batch), Arb.From(Batch), (before, batch) =>
        {
            var merge = new BatchEventMerge();
            merge.Load(before.Reports);
            _ = merge.Distinct().Count();
            merge.Load(batch.Reports);
            var expected = batch.Reports.DistinctBy(r => (r.EventId, r.Source.Country, r.Target.Country, r.Cameo.Root, r.Date?.ToIso()));
            Assert.Equal(expected, merge.Distinct());
        });

    // Every storedEvery-th distinct id joins a stored event (two stored events, so that some reports share one).
    private static Dictionary<string, string> StoredMerges(List<CodedEvent> reports, int storedEvery) =>
        storedEvery == 0 ? [] : reports.Select(r => r.EventId).Distinct().Where((_, i) => i % storedEvery == 0)
            .Select((id, i) => (id, stored: $"stored{i % 2}")).ToDictionary(x => x.id, x => x.stored);

    // The store's rule: among the distinct (id after the stored merges, key, first day) reports, each joins the one first
    // read before it with another id, the same countries (none missing), root and precision, and a first day within the
    // window; all reports of an id go where its earliest such match goes, decided before any is applied.
    private static string[] ByDefinition(List<CodedEvent> reports, Dictionary<string, string> stored)
    {
        var ids = reports.Select(r => stored.GetValueOrDefault(r.EventId, r.EventId)).ToArray();
        var distinct = Enumerable.Range(0, reports.Count)
            .Select(i => (Id: ids[i], Report: reports[i], Day: EventStore.DateStart(reports[i].Date), First: i))
            .Where(r => r.Report.Source.Country is not null && r.Report.Target.Country is not null && r.Day is not null)
            .DistinctBy(r => (r.Id, r.Report.Source.Country, r.Report.Target.Country, r.Report.Cameo.Root, EventStore.Precision(r.Report.Date), r.Day))
            .ToList();
        var joins = new Dictionary<string, (string Id, int First)>();
        foreach (var later in distinct)
        {
            var earlier = distinct.Where(e => e.First < later.First && e.Id != later.Id
                                               && e.Report.Source.Country == later.Report.Source.Country && e.Report.Target.Country == later.Report.Target.Country
                                               && e.Report.Cameo.Root == later.Report.Cameo.Root && EventStore.Precision(e.Report.Date) == EventStore.Precision(later.Report.Date)
                                               && Math.Abs(e.Day!.Value.DayNumber - later.Day!.Value.DayNumber) <= EventMerger.WindowDays)
                .OrderBy(e => e.First).FirstOrDefault();
            if (earlier.Id is null) continue;
            if (!joins.TryGetValue(later.Id, out var current) || earlier.First < current.First) joins[later.Id] = (earlier.Id, earlier.First);
        }
        return ids.Select(id => joins.TryGetValue(id, out var kept) ? kept.Id : id).ToArray();
    }

    private static CodedEvent Coded(string? source, string? target, string root, string date, double confidence, int mentions)
    {
        var when = PartialDate.Parse(date);
        var from = new EventActor(source ?? "IGO", source!, null, null);
        var to = new EventActor(target ?? "NGO", target!, null, null);
        var evidence = Enumerable.Range(0, mentions).Select(i => new Evidence("doc", $"sentence {i}", 0, 10, "met", 0, 3, 0, 1, 2, 3, "met", "date")).ToList();
        return new CodedEvent(EventCoder.EventId(from, to, root, when, "doc"), "doc", when, from, to,
            new CameoCode(root + "0", root, "test", 1.0, 1, null, null), null, "en", confidence, "asserted", evidence);
    }
}
