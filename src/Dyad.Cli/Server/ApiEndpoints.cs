using Dyad.Analysis;
using Dyad.Events;
using Dyad.Languages;
using Dyad.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Dyad.Cli.Server;

/// <summary>The JSON API. Handlers open the store for the request only; parameters are checked by ApiRequest.</summary>
public static class ApiEndpoints
{
    // CAMEO root names for the dashboard's filter, read from data/common/cameo.tsv once; none if the data is missing.
    private static readonly Lazy<IReadOnlyDictionary<string, string>> RootNames = new(() =>
    {
        try { return CameoTable.Load(LanguageCatalog.Load()).All.Where(c => c.Code == c.Root).ToDictionary(c => c.Root, c => c.Name); }
        catch (Exception e) when (e is IOException or DirectoryNotFoundException or InvalidOperationException) { return new Dictionary<string, string>(); }
    });

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("dyad");

        api.MapGet("/health", (StoreAccess store) =>
        {
            using var s = store.Open();
            var stats = s.Stats();
            return TypedResults.Ok(new HealthResponse("ok", store.Path, stats.Documents, stats.Events, stats.Mentions));
        }).WithSummary("Is the server up and the store readable?").WithErrors();

        api.MapGet("/events", (StoreAccess store, [AsParameters] EventFilterQuery query,
            [FromQuery(Name = "page")] string? page, [FromQuery(Name = "page_size")] string? pageSize) =>
        {
            var filter = query.ToFilter();
            var (p, size) = (ApiRequest.Int("page", page, 1, 1, 1_000_000), ApiRequest.Int("page_size", pageSize, 50, 1, 500));
            using var s = store.Open();
            var found = s.FindEvents(filter, p, size);
            return TypedResults.Ok(new EventsPage(found.Total, found.Page, found.PageSize, found.Events.Select(EventJson.ToRecord).ToList()));
        }).WithSummary("Events, oldest first, filtered and paged (page from 1, page_size up to 500).").WithErrors();

        api.MapGet("/events/{id}", Results<Ok<EventDetail>, NotFound<ApiError>> (StoreAccess store, string id) =>
        {
            using var s = store.Open();
            if (s.FindEvent(id) is not { } e) return TypedResults.NotFound(new ApiError($"no event {id}"));
            return TypedResults.Ok(new EventDetail(EventJson.ToRecord(e), s.Mentions(id).Select(MentionJson.From).ToList()));
        }).WithSummary("One event with every sentence that reports it.").WithErrors();

        api.MapGet("/dyads", (StoreAccess store, [FromQuery(Name = "actor")] string? actor, [FromQuery(Name = "from")] string? from,
            [FromQuery(Name = "to")] string? to, [FromQuery(Name = "top")] string? top) =>
        {
            var filter = new EventFilterQuery { From = from, To = to }.ToFilter() with { Source = ApiRequest.Actor("actor", actor) };
            var n = ApiRequest.Int("top", top, 20, 1, 1000);
            using var s = store.Open();
            return TypedResults.Ok(s.Dyads(filter, n).Select(AnalysisJson.Dyad).ToList());
        }).WithSummary("Country pairs with the most events, with counts per quad class; actor keeps the pairs it is in.").WithErrors();

        api.MapGet("/timeline", (StoreAccess store, [AsParameters] EventFilterQuery query, [FromQuery(Name = "by")] string? by) =>
        {
            var filter = query.ToFilter();
            if (filter.Source is null || filter.Target is null) throw new BadRequestException("source and target are both required (e.g. source=RUS&target=CUB)");
            var unit = ApiRequest.Unit(by);
            using var s = store.Open();
            return TypedResults.Ok(AnalysisJson.Timeline(s.Timeline(filter, unit)));
        }).WithSummary("A pair's events per day, week, month (default) or year; events without a year are counted in 'undated'.").WithErrors();

        api.MapGet("/documents/{**id}", Results<Ok<DocumentJson>, NotFound<ApiError>> (StoreAccess store, string id) =>
        {
            using var s = store.Open();
            if (s.FindDocument(id) is not { } d) return TypedResults.NotFound(new ApiError($"no document {id}"));
            return TypedResults.Ok(new DocumentJson(d.Id, d.ContentHash, d.Origin, d.Lang, d.Title, d.Published, d.PublishedPrecision, d.Body,
                s.EventSpans(d.ContentHash)));
        }).WithSummary("A stored article (by id or content hash) with the spans of every event read in it.").WithErrors();

        api.MapGet("/actors", (StoreAccess store, [FromQuery(Name = "top")] string? top) =>
        {
            var n = ApiRequest.Int("top", top, 50, 1, 1000);
            using var s = store.Open();
            return TypedResults.Ok(s.RankActors(new EventFilter(), n));
        }).WithSummary("Countries and organisations ranked by the events they take part in.").WithErrors();

        api.MapGet("/search", (StoreAccess store, [FromQuery(Name = "q")] string? q, [FromQuery(Name = "limit")] string? limit) =>
        {
            if (TextFold.Terms(q).Count == 0) throw new BadRequestException("q: give some words to search for");
            var n = ApiRequest.Int("limit", limit, 20, 1, 200);
            using var s = store.Open();
            return TypedResults.Ok(s.Search(q!, n).Select(AnalysisJson.Hit).ToList());
        }).WithSummary("Full-text search over stored articles (case and diacritics ignored), with each article's events.").WithErrors();

        api.MapGet("/filters", (StoreAccess store) =>
        {
            using var s = store.Open();
            var (languages, roots) = s.Facets();
            return TypedResults.Ok(new FiltersResponse(languages.Select(l => new LanguageFacet(l.Lang, l.Events)).ToList(),
                roots.Select(r => new RootFacet(r.Root, RootNames.Value.GetValueOrDefault(r.Root), r.Events)).ToList()));
        }).WithSummary("The languages and CAMEO roots in the store, for filter choices.").WithErrors();

        // Anything else under /api is a 404 in the API's own error shape, not the dashboard's page.
        app.MapFallback("/api/{**rest}", (string rest) => TypedResults.NotFound(new ApiError($"no endpoint /api/{rest}")))
            .ExcludeFromDescription();
    }

    // Every endpoint can answer 400 (bad parameter) and 503 (store busy or missing) with an ApiError.
    private static RouteHandlerBuilder WithErrors(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces<ApiError>(StatusCodes.Status400BadRequest).Produces<ApiError>(StatusCodes.Status503ServiceUnavailable);
}
