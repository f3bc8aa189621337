using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dyad.Store;

/// <summary>The JSON Lines shape of an event, shared by `dyad events`, `dyad export` and the API.</summary>
public static class EventJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public sealed record Actor(string? Code, string? Country, string? Role, string? Name);
    public sealed record EvidenceSpan(string? Text, int Start, int End, string? Trigger);
    public sealed record Record(string EventId, string Doc, IReadOnlyList<string> Docs, string? Date, string DatePrecision,
        Actor Source, Actor Target, string Cameo, string Root, string? Plover, int QuadClass, double Goldstein,
        string? Lang, double Confidence, string? Modality, EvidenceSpan Evidence, int Mentions);

    public static Record ToRecord(StoredEvent e) => new(e.EventId, e.Doc, e.Docs, e.Date, e.DatePrecision,
        Convert(e.Source), Convert(e.Target), e.Cameo, e.Root, e.Plover, e.QuadClass, e.Goldstein, e.Lang, e.Confidence, e.Modality,
        new EvidenceSpan(e.EvidenceText, e.EvidenceStart, e.EvidenceEnd, e.Trigger), e.Mentions);

    private static Actor Convert(StoredActor a) => new(a.Code, a.Country, a.Role, a.Name);

    public static string Serialize(StoredEvent e) => JsonSerializer.Serialize(ToRecord(e), Options);
}
