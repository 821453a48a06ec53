using System.Net;
using AlertBot.Ingestion.Feeds;
using AlertBot.Tests.Ingestion.Feeds.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Tests.Ingestion.Feeds;

public sealed class FeedHttpClientTests : IAsyncLifetime
{
    private FeedServer _server = null!;

    public async Task InitializeAsync() => _server = await FeedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetAsync_RedirectLoop_StoppedWithReason()
    {
        _server.Map("/a", c => Redirect(c, "/b"));
        _server.Map("/b", c => Redirect(c, "/a"));
        using var client = Client();

        var result = await client.GetAsync(new Uri(_server.Url("/a")), "*/*", null, null, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.StartsWith("redirect loop", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task GetAsync_TooManyRedirects_StoppedAtLimit()
    {
        for (var i = 0; i < 10; i++)
        {
            var next = $"/r{i + 1}";
            _server.Map($"/r{i}", c => Redirect(c, next));
        }

        using var client = Client(o => o.MaxRedirects = 3);

        var result = await client.GetAsync(new Uri(_server.Url("/r0")), "*/*", null, null, CancellationToken.None);

        Assert.Equal("too many redirects (> 3)", result.Error);
        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public async Task GetAsync_RedirectWithinLimit_FollowedToFinalUrl()
    {
        _server.Map("/old", c => Redirect(c, "/new"));
        _server.MapContent("/new", "<rss/>");
        using var client = Client();

        var result = await client.GetAsync(new Uri(_server.Url("/old")), "*/*", null, null, CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(_server.Url("/new"), result.FinalUrl!.AbsoluteUri);
        Assert.Equal("utf-8", result.Charset);
    }

    [Fact]
    public async Task GetAsync_RedirectToFileScheme_Refused()
    {
        _server.Map("/evil", c => Redirect(c, "file:///etc/passwd"));
        using var client = Client();

        var result = await client.GetAsync(new Uri(_server.Url("/evil")), "*/*", null, null, CancellationToken.None);

        Assert.Equal("refused: file URLs are not fetched", result.Error);
    }

    [Fact]
    public async Task GetAsync_HugeBodyWithoutContentLength_StoppedAtCap()
    {
        _server.Map("/huge", async c =>
        {
            var chunk = new byte[64 * 1024];
            for (var i = 0; i < 200 && !c.RequestAborted.IsCancellationRequested; i++)
            {
                await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
            }
        });
        using var client = Client(o => o.MaxResponseBytes = 256 * 1024);

        var result = await client.GetAsync(new Uri(_server.Url("/huge")), "*/*", null, null, CancellationToken.None);

        Assert.Equal("too large (more than 262144 bytes)", result.Error);
    }

    [Fact]
    public async Task GetAsync_DeclaredContentLengthOverCap_RefusedBeforeReading()
    {
        _server.Map("/big", c =>
        {
            c.Response.ContentLength = 10_000;
            return c.Response.Body.WriteAsync(new byte[10_000], c.RequestAborted).AsTask();
        });
        using var client = Client(o => o.MaxResponseBytes = 2048);

        var result = await client.GetAsync(new Uri(_server.Url("/big")), "*/*", null, null, CancellationToken.None);

        Assert.Equal("too large (10000 bytes > 2048)", result.Error);
    }

    [Fact]
    public async Task GetAsync_SlowServer_TimesOut()
    {
        _server.Map("/slow", async c => await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted));
        using var client = Client(o => o.Timeout = TimeSpan.FromMilliseconds(500));

        var result = await client.GetAsync(new Uri(_server.Url("/slow")), "*/*", null, null, CancellationToken.None);

        Assert.Equal("timed out after 0.5 s", result.Error);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task GetAsync_RetryAfterSeconds_Reported(int status)
    {
        _server.Map("/busy", c =>
        {
            c.Response.StatusCode = status;
            c.Response.Headers.RetryAfter = "120";
            return Task.CompletedTask;
        });
        using var client = Client();

        var result = await client.GetAsync(new Uri(_server.Url("/busy")), "*/*", null, null, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.StartsWith($"HTTP {status}", result.Error, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
    }

    [Fact]
    public async Task GetAsync_RetryAfterHttpDate_RelativeToClock()
    {
        _server.Map("/busy", c =>
        {
            c.Response.StatusCode = 503;
            c.Response.Headers.RetryAfter = "Sun, 01 Mar 2026 12:10:00 GMT";
            return Task.CompletedTask;
        });
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        using var client = new FeedHttpClient(Options.Create(new FeedsOptions { AllowPrivateAddresses = true }), clock);

        var result = await client.GetAsync(new Uri(_server.Url("/busy")), "*/*", null, null, CancellationToken.None);

        Assert.Equal(TimeSpan.FromMinutes(10), result.RetryAfter);
    }

    [Fact]
    public async Task GetAsync_GzipBody_Decompressed()
    {
        using var compressed = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync("<rss><channel/></rss>"u8.ToArray());
        }

        var body = compressed.ToArray();
        _server.Map("/gz", c =>
        {
            c.Response.Headers.ContentEncoding = "gzip";
            c.Response.ContentType = "application/rss+xml";
            return c.Response.Body.WriteAsync(body, c.RequestAborted).AsTask();
        });
        using var client = Client();

        var result = await client.GetAsync(new Uri(_server.Url("/gz")), "*/*", null, null, CancellationToken.None);

        Assert.Equal("<rss><channel/></rss>", System.Text.Encoding.UTF8.GetString(result.Body));
    }

    [Fact]
    public async Task GetAsync_Loopback_RefusedUnlessAllowed()
    {
        _server.MapContent("/feed", "<rss/>");
        using var client = Client(o => o.AllowPrivateAddresses = false);

        var result = await client.GetAsync(new Uri(_server.Url("/feed")), "*/*", null, null, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("private, loopback", result.Error, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("[::1]")]
    [InlineData("[::ffff:127.0.0.1]")]
    [InlineData("127.0.0.2")]
    public async Task GetAsync_HostResolvingToLoopback_RefusedAfterResolution(string host)
    {
        _server.MapContent("/feed", "<rss/>");
        var port = new Uri(_server.BaseUrl).Port;
        using var client = Client(o => o.AllowPrivateAddresses = false);

        var result = await client.GetAsync(new Uri($"http://{host}:{port}/feed"), "*/*", null, null, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.StartsWith("refused to connect", result.Error, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task GetAsync_ConditionalHeaders_SentAndUserAgentSet()
    {
        _server.Map("/feed", c =>
        {
            c.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        });
        using var client = Client(o => o.UserAgent = "AlertBotTest/2.0");

        var result = await client.GetAsync(new Uri(_server.Url("/feed")), "*/*", "\"v1\"", "Sat, 01 Mar 2025 10:00:00 GMT", CancellationToken.None);

        Assert.Equal(FetchStatus.NotModified, result.Status);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("\"v1\"", request.IfNoneMatch);
        Assert.Equal("Sat, 01 Mar 2025 10:00:00 GMT", request.IfModifiedSince);
        Assert.Equal("AlertBotTest/2.0", request.UserAgent);
    }

    private static Task Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = (int)HttpStatusCode.Found;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    private static FeedHttpClient Client(Action<FeedsOptions>? configure = null)
    {
        var options = new FeedsOptions { AllowPrivateAddresses = true, Timeout = TimeSpan.FromSeconds(5) };
        configure?.Invoke(options);
        return new FeedHttpClient(Options.Create(options), TimeProvider.System);
    }
}
