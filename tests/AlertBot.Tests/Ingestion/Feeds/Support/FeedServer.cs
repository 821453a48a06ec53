using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlertBot.Tests.Ingestion.Feeds.Support;

/// <summary>Real Kestrel on 127.0.0.1 (random port) whose answer per path the test scripts.</summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FeedServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FeedServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return server;
    }

    public string Url(string path) => BaseUrl + path;

    public void Map(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    public void MapContent(string path, string body, string contentType = "application/rss+xml; charset=utf-8") =>
        Map(path, context =>
        {
            context.Response.ContentType = contentType;
            return context.Response.WriteAsync(body, context.RequestAborted);
        });

    public void MapBytes(string path, byte[] body, string contentType) =>
        Map(path, context =>
        {
            context.Response.ContentType = contentType;
            return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
        });

    public int CountRequests(string path) => _requests.Count(r => r.Path == path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value + context.Request.QueryString.Value;
        _requests.Enqueue(new RecordedRequest(
            context.Request.Path.Value ?? "",
            context.Request.Headers.IfNoneMatch.ToString() is { Length: > 0 } etag ? etag : null,
            context.Request.Headers.IfModifiedSince.ToString() is { Length: > 0 } since ? since : null,
            context.Request.Headers.UserAgent.ToString()));
        if (_routes.TryGetValue(path, out var handler) || _routes.TryGetValue(context.Request.Path.Value ?? "", out handler))
        {
            return handler(context);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
