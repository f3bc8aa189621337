using System.Text.Json;

namespace Dyad.Analysis;

/// <summary>A gold event: dyad and CAMEO root, with the other roots accepted and whether direction matters.</summary>
public sealed record GoldEvent(string Source, string Target, string Root, IReadOnlyList<string> AltRoots, bool Symmetric, string? Date, string? Note)
{
    public bool Matches(string source, string target, string root) =>
        (root == Root || AltRoots.Contains(root)) &&
        (source == Source && target == Target || Symmetric && source == Target && target == Source);

    public override string ToString() => $"{Source}→{Target} {Root}{(AltRoots.Count > 0 ? "/" + string.Join("/", AltRoots) : "")}{(Symmetric ? " (either way)" : "")}{(Note is null ? "" : $": {Note}")}";
}

/// <summary>A person the body names, with the country they act for.</summary>
public sealed record GoldActor(string Name, string Country);

/// <summary>One line of an answer key in the form samples/README.md defines.</summary>
public sealed record GoldDocument(string Doc, string? Lang, string? Title, string? Published, IReadOnlyList<string> PublishedAlt,
    IReadOnlyList<int> BodyLines, IReadOnlyList<int> NeutralLines, IReadOnlyList<GoldEvent> Events, IReadOnlyList<GoldEvent> Optional,
    IReadOnlyList<GoldActor> Actors)
{
    public static IReadOnlyList<GoldDocument> Load(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(Parse).ToList();

    private static GoldDocument Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var r = json.RootElement;
        return new GoldDocument(r.GetProperty("doc").GetString()!, Str(r, "lang"), Str(r, "title"), Str(r, "published"),
            Strings(r, "published_alt"), Ints(r, "body_lines"), Ints(r, "neutral_lines"), EventList(r, "events"), EventList(r, "optional"), ActorList(r));
    }

    private static List<GoldActor> ActorList(JsonElement e) =>
        e.TryGetProperty("actors", out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(a => new GoldActor(a[0].GetString()!, a[1].GetString()!)).ToList()
            : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString()!).ToList() : [];

    private static List<int> Ints(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetInt32()).ToList() : [];

    private static List<GoldEvent> EventList(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => new GoldEvent(Str(x, "source")!, Str(x, "target")!, Str(x, "root")!, Strings(x, "alt_roots"),
                x.TryGetProperty("symmetric", out var s) && s.ValueKind == JsonValueKind.True, Str(x, "date"), Str(x, "note"))).ToList()
            : [];
}
