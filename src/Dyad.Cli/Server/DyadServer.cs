using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Dyad.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dyad.Cli.Server;

/// <summary>
/// `dyad serve`: the JSON API under /api, its OpenAPI description at /openapi/v1.json, and the dashboard (plain
/// files from wwwroot/ beside the program) at /. Each request opens the store read-only and closes it, so a
/// `dyad ingest` can take the file between requests (see <see cref="StoreAccess"/>).
/// </summary>
public static class DyadServer
{
    public static WebApplication Build(string storePath, string urls)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // `dyad serve` says in one line why it cannot start (port taken, bad URL); the host need not add a stack.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.Critical);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict; // numbers are numbers, in the answers and the schema
        });
        builder.Services.AddOpenApi(o =>
        {
            // Name the shared event shape by what it is, not by its C# name (EventJson.Record).
            o.CreateSchemaReferenceId = t =>
                t.Type == typeof(EventJson.Record) ? "Event" : t.Type == typeof(EventJson.EvidenceSpan) ? "Evidence" : OpenApiOptions.CreateDefaultSchemaReferenceId(t);
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "Dyad API";
                doc.Info.Description = "CAMEO events read from news articles: who did what to whom, when, on what evidence. "
                    + "Errors are {\"error\": \"...\"}: 400 for a bad parameter, 404 for an unknown id, 503 while the store is busy or missing.";
                return Task.CompletedTask;
            });
        });
        builder.Services.AddSingleton(new StoreAccess(storePath));

        var app = builder.Build();
        app.Use(ErrorsAsJson);
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        return app;
    }

    // Turns what goes wrong in a handler into {"error": ...} with the status that says whose fault it is.
    private static async Task ErrorsAsJson(HttpContext context, Func<Task> next)
    {
        (int Status, string Message)? failure;
        try { await next(); return; }
        catch (BadRequestException e) { failure = (400, e.Message); }
        catch (StoreException e) when (e.Locked)
        {
            context.Response.Headers.RetryAfter = "2";
            failure = (503, "the store is being written by another process (dyad ingest); try again in a moment");
        }
        catch (StoreException e) { failure = (503, e.Message); }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("dyad").LogError(e, "request failed");
            failure = (500, $"internal error: {e.Message}");
        }
        context.Response.StatusCode = failure.Value.Status;
        await context.Response.WriteAsJsonAsync(new ApiError(failure.Value.Message));
    }
}

/// <summary>
/// The store the server reads. DuckDB lets one process write a file or several read it: a request waits up to
/// a few seconds for a running `dyad ingest` to let go, then gets 503 with Retry-After, and `dyad ingest` in
/// turn waits for the requests in flight (EventStore.Open retries while the file is locked).
/// </summary>
public sealed class StoreAccess(string path)
{
    public static readonly TimeSpan RequestLockWait = TimeSpan.FromSeconds(3);

    public string Path { get; } = path;

    public EventStore Open() => EventStore.Open(Path, readOnly: true, lockWait: RequestLockWait);
}
