namespace Dyad.Events;

/// <summary>Folds reports of one event (same id) into one record with every piece of evidence, GDELT's mentions.</summary>
public static class EventMerger
{
    public static IReadOnlyList<CodedEvent> Merge(IEnumerable<CodedEvent> events)
    {
        var merged = new Dictionary<string, CodedEvent>();
        var order = new List<string>();
        foreach (var e in events)
        {
            if (!merged.TryGetValue(e.EventId, out var existing)) { merged[e.EventId] = e; order.Add(e.EventId); continue; }
            var evidence = existing.Evidence.Concat(e.Evidence.Where(n => !existing.Evidence.Any(o => o.Doc == n.Doc && o.Start == n.Start && o.TriggerStart == n.TriggerStart))).ToList();
            var best = e.Confidence > existing.Confidence ? e : existing;
            merged[e.EventId] = best with { Evidence = best == existing ? evidence : evidence.OrderByDescending(x => x == e.Evidence[0]).ToList(), Doc = existing.Doc };
        }
        return order.Select(id => merged[id]).ToList();
    }
}
