using System.CommandLine;
using Dyad.Cli.Server;
using Dyad.Store;
using Microsoft.Extensions.Hosting;

namespace Dyad.Cli.Commands;

/// <summary>`dyad serve`: the HTTP API and the dashboard over the store, on loopback unless told otherwise.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Build()
    {
        var urls = new Option<string>("--urls") { Description = $"Where to listen (default {DefaultUrls}; use http://0.0.0.0:PORT to serve other machines).", DefaultValueFactory = _ => DefaultUrls };
        var store = CommonOptions.Store();
        var command = new Command("serve", "Serve the JSON API (/api, OpenAPI at /openapi/v1.json) and the dashboard (/) over the store. `dyad ingest` may run meanwhile.") { urls, store };
        command.SetAction(r =>
        {
            var path = Path.GetFullPath(EventStore.ResolvePath(r.GetValue(store)));
            if (!File.Exists(path)) Console.Error.WriteLine($"dyad: {path}: no store here yet; the API answers 503 until `dyad ingest` makes one");
            var app = DyadServer.Build(path, r.GetValue(urls)!);
            try { app.Start(); }
            catch (Exception e) when (e is IOException or InvalidOperationException or FormatException or ArgumentException)
            {
                Console.Error.WriteLine($"dyad: cannot listen on {r.GetValue(urls)}: {e.Message}");
                return CommonOptions.Failed;
            }
            Console.WriteLine($"dyad: serving {path} on {string.Join(", ", app.Urls)} (dashboard at /, API under /api); Ctrl+C stops");
            app.WaitForShutdown();
            return CommonOptions.Ok;
        });
        return command;
    }
}
