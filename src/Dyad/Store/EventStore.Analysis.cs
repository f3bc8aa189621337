using System.Text;
using Dyad.Analysis;

namespace Dyad.Store;

/// <summary>Queries for analysis: filtered and paged events, timelines, country pairs and actor rankings.</summary>
public sealed partial class EventStore
{
    // Joins each event to its first mention, for the evidence columns of EventColumns.
    private const string EventsWithEvidence = """
        FROM events e
        LEFT JOIN (SELECT * FROM mentions QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY doc, sentence_start) = 1) f ON f.event_id = e.event_id
        """;

    private const string Chronological = "ORDER BY e.date_start NULLS LAST, e.date, e.doc, e.event_id";

    /// <summary>A WHERE clause over events `e` for a filter, with its parameters.</summary>
    internal static (string Where, List<object?> Args) FilterSql(EventFilter f)
    {
        var where = new StringBuilder("WHERE 1=1");
        var args = new List<object?>();
        string P(object value) { args.Add(value); return "$" + args.Count; }
        string Side(string side, string code) => $"(e.{side}_country = {code} OR e.{side}_code = {code})";
        if (f.Source is { Length: > 0 } || f.Target is { Length: > 0 })
        {
            string Pair(string? a, string? b) => string.Join(" AND ",
                new[] { a is { Length: > 0 } ? Side("source", P(a.ToUpperInvariant())) : null, b is { Length: > 0 } ? Side("target", P(b.ToUpperInvariant())) : null }
                .Where(x => x is not null));
            where.Append(f.BothDirections ? $" AND (({Pair(f.Source, f.Target)}) OR ({Pair(f.Target, f.Source)}))" : $" AND {Pair(f.Source, f.Target)}");
        }
        if (f.Code is { Length: > 0 } code) where.Append($" AND starts_with(e.cameo, {P(code)})");
        if (f.Root is { Length: > 0 } root) where.Append($" AND e.root = {P(root)}");
        if (f.Quads.Count > 0) where.Append($" AND e.quad_class IN ({string.Join(",", f.Quads.Select(q => (int)q))})");
        if (f.From is { } from) where.Append($" AND e.date_start >= {P(from)}");
        if (f.To is { } to) where.Append($" AND e.date_start <= {P(to)}");
        if (f.Lang is { Length: > 0 } lang) where.Append($" AND e.lang = {P(lang.ToLowerInvariant())}");
        if (f.Dated is { } dated) where.Append(dated ? " AND e.date_start IS NOT NULL" : " AND e.date_start IS NULL");
        foreach (var term in TextFold.Terms(f.Text))
            where.Append($" AND EXISTS (SELECT 1 FROM mentions t LEFT JOIN documents td ON td.content_hash = t.content_hash " +
                         $"WHERE t.event_id = e.event_id AND contains({TextFold.Sql(SentenceSql("t", "td"))}, {P(term)}))");
        return (where.ToString(), args);
    }

    /// <summary>One page of the events a filter selects, oldest first, and how many there are in all.</summary>
    public EventPage FindEvents(EventFilter filter, int page = 1, int pageSize = 50)
    {
        var (where, args) = FilterSql(filter);
        using var count = Command($"SELECT count(*) FROM events e {where}", args.ToArray());
        var total = Convert.ToInt64(count.ExecuteScalar());
        var events = ReadEvents($"SELECT {EventRowColumns} {EventsWithEvidence} {where} {Chronological} LIMIT {pageSize} OFFSET {(long)(page - 1) * pageSize}", args);
        return new EventPage(total, page, pageSize, events);
    }

    public StoredEvent? FindEvent(string eventId) =>
        ReadEvents($"SELECT {EventRowColumns} {EventsWithEvidence} WHERE e.event_id = $1", [eventId]).FirstOrDefault();

    private List<StoredEvent> ReadEvents(string sql, IEnumerable<object?> args)
    {
        using var cmd = Command(sql, args.ToArray());
        return ReadEventsWithEvidence(cmd);
    }

    /// <summary>The events a filter selects, reduced to what a timeline counts.</summary>
    public IReadOnlyList<EventPoint> EventPoints(EventFilter filter)
    {
        var (where, args) = FilterSql(filter);
        using var cmd = Command($"""
            SELECT e.event_id, e.date_start, e.date_precision, e.quad_class, e.goldstein,
                   (SELECT list(DISTINCT m.doc) FROM mentions m WHERE m.event_id = e.event_id)
            FROM events e {where}
            """, args.ToArray());
        using var r = cmd.ExecuteReader();
        var list = new List<EventPoint>();
        while (r.Read())
            list.Add(new EventPoint(r.GetString(0), r.IsDBNull(1) ? null : r.GetFieldValue<DateOnly>(1), r.GetString(2),
                r.IsDBNull(3) ? 0 : r.GetInt32(3), r.IsDBNull(4) ? 0 : r.GetDouble(4), Strings(r.IsDBNull(5) ? null : r.GetValue(5))));
        return list;
    }

    public TimelineResult Timeline(EventFilter filter, TimeUnit unit) =>
        Analysis.Timeline.Build(filter.Source ?? "", filter.Target ?? "", filter.BothDirections, unit, EventPoints(filter));

    /// <summary>Country pairs with the most events, with counts per quad class. The filter's actors match either side.</summary>
    public IReadOnlyList<DyadSummary> Dyads(EventFilter filter, int top)
    {
        var actor = filter.Source;
        var (where, args) = FilterSql(filter with { Source = null, Target = null });
        if (actor is { Length: > 0 })
        {
            args.Add(actor.ToUpperInvariant());
            where += $" AND (e.source_country = ${args.Count} OR e.target_country = ${args.Count})";
        }
        // Counts per pair from the filtered events; articles from their mentions, counted once per pair.
        using var cmd = Command($"""
            WITH f AS (SELECT e.* FROM events e {where} AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL),
            pairs AS (
                SELECT source_country, target_country,
                       count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2,
                       count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4,
                       count(*) AS n, coalesce(sum(goldstein), 0) AS gsum, avg(goldstein) AS gmean, CAST(sum(mentions) AS INTEGER) AS mentions
                FROM f GROUP BY source_country, target_country),
            articles AS (
                SELECT f.source_country, f.target_country, count(DISTINCT m.doc) AS docs
                FROM f JOIN mentions m ON m.event_id = f.event_id GROUP BY f.source_country, f.target_country)
            SELECT p.source_country, p.target_country, q1, q2, q3, q4, n, gsum, gmean, mentions, coalesce(a.docs, 0)
            FROM pairs p LEFT JOIN articles a USING (source_country, target_country)
            ORDER BY n DESC, p.source_country, p.target_country
            LIMIT {top}
            """, args.ToArray());
        using var r = cmd.ExecuteReader();
        var list = new List<DyadSummary>();
        while (r.Read())
            list.Add(new DyadSummary(r.GetString(0), r.GetString(1),
                new PeriodCounts(Int(r.GetValue(2)), Int(r.GetValue(3)), Int(r.GetValue(4)), Int(r.GetValue(5)), Int(r.GetValue(6)),
                    Math.Round(r.GetDouble(7), 2), r.IsDBNull(8) ? null : Math.Round(r.GetDouble(8), 2), Int(r.GetValue(10))),
                r.GetInt32(9)));
        return list;
    }

    /// <summary>Countries and organisations ranked by the events they take part in, as source or target.</summary>
    public IReadOnlyList<ActorRank> RankActors(EventFilter filter, int top)
    {
        var (where, args) = FilterSql(filter with { Source = null, Target = null });
        using var cmd = Command($"""
            WITH sides AS (
                SELECT e.source_country AS actor, 1 AS as_source, e.event_id, e.goldstein, e.mentions, e.target_country AS partner, e.source_name AS person
                FROM events e {where}
                UNION ALL
                SELECT e.target_country, 0, e.event_id, e.goldstein, e.mentions, e.source_country, e.target_name
                FROM events e {where})
            SELECT actor, count(DISTINCT event_id), CAST(sum(as_source) AS INTEGER), CAST(count(*) - sum(as_source) AS INTEGER),
                   CAST(sum(mentions) AS INTEGER), avg(goldstein), mode(partner), list(person) FILTER (WHERE person IS NOT NULL)
            FROM sides WHERE actor IS NOT NULL
            GROUP BY actor ORDER BY count(DISTINCT event_id) DESC, sum(mentions) DESC, actor
            LIMIT {top}
            """, args.ToArray());
        using var r = cmd.ExecuteReader();
        var list = new List<ActorRank>();
        while (r.Read())
        {
            // The people named most often for this actor, most frequent first.
            var people = Strings(r.IsDBNull(7) ? null : r.GetValue(7)).GroupBy(p => p).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                .Take(3).Select(g => g.Key).ToList();
            list.Add(new ActorRank(r.GetString(0), Int(r.GetValue(1)), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4),
                Math.Round(r.GetDouble(5), 2), r.IsDBNull(6) ? null : r.GetString(6), people));
        }
        return list;
    }

    /// <summary>The languages and CAMEO roots present, with their event counts, for filter choices.</summary>
    public (IReadOnlyList<(string Lang, int Events)> Languages, IReadOnlyList<(string Root, int Events)> Roots) Facets()
    {
        List<(string, int)> Read(string column)
        {
            using var cmd = Command($"SELECT {column}, count(*) FROM events WHERE {column} IS NOT NULL GROUP BY 1 ORDER BY 1");
            using var r = cmd.ExecuteReader();
            var list = new List<(string, int)>();
            while (r.Read()) list.Add((r.GetString(0), Int(r.GetValue(1))));
            return list;
        }
        return (Read("lang"), Read("root"));
    }

    private static int Int(object value) => Convert.ToInt32(value);

    private static IReadOnlyList<string> Strings(object? list) =>
        list is System.Collections.IEnumerable items ? items.Cast<object?>().Where(o => o is not null).Select(o => o!.ToString()!).ToList() : [];
}
