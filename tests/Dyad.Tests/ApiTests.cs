using System.Net;
using System.Text.Json;

namespace Dyad.Tests;

/// <summary>The HTTP API of `dyad serve`, asked over real HTTP on 127.0.0.1 with the seeds in its store.</summary>
[Collection("seeded server")]
public class ApiTests(SeededServer seeded)
{
    private HttpClient Http => seeded.Server.Http;

    private async Task<(HttpStatusCode Status, JsonElement Json)> Get(string path)
    {
        using var response = await Http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private async Task<JsonElement> Ok(string path)
    {
        var (status, json) = await Get(path);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {status} {json}");
        return json;
    }

    [Fact]
    public async Task Health_reports_the_store()
    {
        var json = await Ok("api/health");
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.Equal(5, json.GetProperty("documents").GetInt32());
        Assert.True(json.GetProperty("events").GetInt32() > 0);
    }

    [Fact]
    public async Task Events_filter_by_pair_and_page()
    {
        var all = await Ok("api/events?source=RUS&target=CUB&page_size=500");
        var total = all.GetProperty("total").GetInt32();
        Assert.True(total >= 3);
        Assert.Equal(total, all.GetProperty("events").GetArrayLength());
        Assert.All(all.GetProperty("events").EnumerateArray(), e =>
        {
            Assert.Equal("RUS", e.GetProperty("source").GetProperty("country").GetString());
            Assert.Equal("CUB", e.GetProperty("target").GetProperty("country").GetString());
        });

        var page2 = await Ok("api/events?source=RUS&target=CUB&page=2&page_size=2");
        Assert.Equal(total, page2.GetProperty("total").GetInt32());
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        Assert.Equal(all.GetProperty("events")[2].GetProperty("event_id").GetString(), page2.GetProperty("events")[0].GetProperty("event_id").GetString());

        var both = await Ok("api/events?source=RUS&target=CUB&both_directions=true&page_size=500");
        Assert.True(both.GetProperty("total").GetInt32() > total);
    }

    [Fact]
    public async Task Events_filter_by_code_quad_dates_language_and_text()
    {
        var consult = await Ok("api/events?root=04&page_size=500");
        Assert.All(consult.GetProperty("events").EnumerateArray(), e => Assert.Equal("04", e.GetProperty("root").GetString()));
        var code = await Ok("api/events?code=04&page_size=500");
        Assert.Equal(consult.GetProperty("total").GetInt32(), code.GetProperty("total").GetInt32());

        var conflict = await Ok("api/events?quad=3,4");
        Assert.All(conflict.GetProperty("events").EnumerateArray(), e => Assert.True(e.GetProperty("quad_class").GetInt32() >= 3));
        Assert.True(conflict.GetProperty("total").GetInt32() >= 1, "the seeds have a US threat against Cuba");

        // "to=2024" means through 31 December 2024, so February 2024 is in.
        var in2024 = await Ok("api/events?from=2024&to=2024&page_size=500");
        Assert.True(in2024.GetProperty("total").GetInt32() >= 3);
        Assert.All(in2024.GetProperty("events").EnumerateArray(), e => Assert.StartsWith("2024", e.GetProperty("date").GetString()));

        var english = await Ok("api/events?lang=en&page_size=500");
        Assert.All(english.GetProperty("events").EnumerateArray(), e => Assert.Equal("en", e.GetProperty("lang").GetString()));

        // Text matches a reporting sentence without case or diacritics.
        var lavrov = await Ok("api/events?text=LAVROV");
        Assert.True(lavrov.GetProperty("total").GetInt32() >= 1);
        var kremlin = await Ok("api/events?text=dien%20kremlin");
        var kremlinAccented = await Ok("api/events?text=" + Uri.EscapeDataString("Điện Kremlin"));
        Assert.Equal(kremlinAccented.GetProperty("total").GetInt32(), kremlin.GetProperty("total").GetInt32());

        var undated = await Ok("api/events?dated=false&page_size=500");
        Assert.All(undated.GetProperty("events").EnumerateArray(), e =>
            Assert.True(e.GetProperty("date").ValueKind == JsonValueKind.Null || e.GetProperty("date").GetString()!.StartsWith("XXXX")));
    }

    [Fact]
    public async Task An_event_comes_with_its_evidence_and_mentions()
    {
        var first = (await Ok("api/events?source=RUS&target=CUB&lang=en&page_size=1")).GetProperty("events")[0];
        var id = first.GetProperty("event_id").GetString()!;
        var detail = await Ok($"api/events/{id}");
        Assert.Equal(id, detail.GetProperty("event").GetProperty("event_id").GetString());
        Assert.False(string.IsNullOrEmpty(detail.GetProperty("event").GetProperty("evidence").GetProperty("text").GetString()));
        var mention = detail.GetProperty("mentions")[0];
        Assert.Contains("[", mention.GetProperty("marked").GetString());
        Assert.False(string.IsNullOrEmpty(mention.GetProperty("lexicon_entry").GetString()));
    }

    [Fact]
    public async Task A_document_comes_with_spans_that_point_into_its_body()
    {
        var doc = await Ok("api/documents/002_2f565f37f21d7d33.txt");
        var body = doc.GetProperty("body").GetString()!;
        Assert.Equal("en", doc.GetProperty("lang").GetString());
        Assert.NotEqual(0, doc.GetProperty("spans").GetArrayLength());
        foreach (var span in doc.GetProperty("spans").EnumerateArray())
        {
            var detail = await Ok($"api/events/{span.GetProperty("event_id").GetString()}");
            var sentences = detail.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("sentence").GetString()).ToList();
            var (start, end) = (span.GetProperty("sentence_start").GetInt32(), span.GetProperty("sentence_end").GetInt32());
            Assert.Contains(body[start..end], sentences);
            var trigger = body[span.GetProperty("trigger_start").GetInt32()..span.GetProperty("trigger_end").GetInt32()];
            Assert.Contains(trigger, body[start..end]);
        }
        // The content hash finds the same article.
        var byHash = await Ok($"api/documents/{doc.GetProperty("content_hash").GetString()}");
        Assert.Equal(doc.GetProperty("id").GetString(), byHash.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Dyads_timeline_actors_search_and_filters_answer()
    {
        var dyads = await Ok("api/dyads?top=3");
        Assert.Equal(3, dyads.GetArrayLength());
        Assert.Equal("RUS", dyads[0].GetProperty("source").GetString());
        Assert.Equal("CUB", dyads[0].GetProperty("target").GetString());
        var rusCub = dyads[0].GetProperty("events").GetInt32();

        var timeline = await Ok("api/timeline?source=rus&target=cub&by=year");
        Assert.Equal("year", timeline.GetProperty("by").GetString());
        var placed = timeline.GetProperty("periods").EnumerateArray().Sum(p => p.GetProperty("events").GetInt32());
        Assert.Equal(rusCub, placed + timeline.GetProperty("undated").GetProperty("events").GetInt32());
        Assert.Equal(rusCub, timeline.GetProperty("total").GetInt32());
        Assert.Contains(timeline.GetProperty("periods").EnumerateArray(), p => p.GetProperty("period").GetString() == "2024");

        var actors = await Ok("api/actors?top=2");
        Assert.Equal("RUS", actors[0].GetProperty("actor").GetString());
        Assert.Equal("CUB", actors[0].GetProperty("top_partner").GetString());

        var hits = await Ok("api/search?q=lavrov%20havana");
        Assert.Equal("002_2f565f37f21d7d33.txt", hits[0].GetProperty("doc").GetString());
        Assert.NotEqual(0, hits[0].GetProperty("events").GetArrayLength());

        var filters = await Ok("api/filters");
        Assert.Contains(filters.GetProperty("languages").EnumerateArray(), l => l.GetProperty("lang").GetString() == "vi");
        Assert.Contains(filters.GetProperty("roots").EnumerateArray(), r => r.GetProperty("root").GetString() == "04" && r.GetProperty("name").GetString() == "CONSULT");
    }

    [Theory]
    [InlineData("api/events?from=2024-13", "from")]
    [InlineData("api/events?to=yesterday", "to")]
    [InlineData("api/events?from=2025&to=2024", "after")]
    [InlineData("api/events?quad=5", "quad")]
    [InlineData("api/events?root=4", "root")]
    [InlineData("api/events?code=abc", "code")]
    [InlineData("api/events?page=0", "page")]
    [InlineData("api/events?page_size=100000", "page_size")]
    [InlineData("api/events?source=R%27US", "source")]
    [InlineData("api/events?dated=maybe", "dated")]
    [InlineData("api/timeline?source=RUS", "target")]
    [InlineData("api/timeline?source=RUS&target=CUB&by=fortnight", "by")]
    [InlineData("api/dyads?top=-1", "top")]
    [InlineData("api/search?q=", "q")]
    public async Task Bad_requests_get_400_with_an_error_naming_the_problem(string path, string named)
    {
        var (status, json) = await Get(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(named, json.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("api/events/0000000000000000")]
    [InlineData("api/documents/no-such-article.txt")]
    [InlineData("api/no-such-endpoint")]
    public async Task Unknown_ids_get_404_with_an_error(string path)
    {
        var (status, json) = await Get(path);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.False(string.IsNullOrEmpty(json.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task The_OpenAPI_description_lists_every_endpoint()
    {
        var doc = await Ok("openapi/v1.json");
        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString());
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var p in new[] { "/api/events", "/api/events/{id}", "/api/dyads", "/api/timeline", "/api/documents/{id}", "/api/health" })
            Assert.Contains(p, paths);
        Assert.True(doc.GetProperty("components").GetProperty("schemas").TryGetProperty("Event", out _));
    }

    [Fact]
    public async Task The_dashboard_is_served_and_loads_nothing_from_elsewhere()
    {
        var html = await Http.GetStringAsync("/");
        Assert.Contains("<title>Dyad dashboard</title>", html);
        foreach (var file in new[] { "/", "/app.js", "/app.css" })
        {
            var text = await Http.GetStringAsync(file);
            Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", text);
            Assert.DoesNotContain("import(", text);
        }
    }
}
