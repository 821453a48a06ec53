using AlertBot.Alerts;
using AlertBot.Ingestion.Feeds;
using AlertBot.Storage;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlertBot.Benchmarks;

/// <summary>
/// Memory and time of one steady-state poll of a 55-item news feed served by Kestrel on 127.0.0.1: the
/// conditional GET with a changed body, parse, and the dedupe lookups (every item already known), plus the
/// bare fetch+parse without the database.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
// Not sealed: BenchmarkDotNet derives from benchmark classes.
public class FeedPollBenchmarks
{
    private const string FeedFile = "guardian.rss";
    private WebApplication _server = null!;
    private ServiceProvider _services = null!;
    private FeedSourceOptions _feed = null!;
    private string _folder = "";

    // Synchronous wrappers: the in-process toolchain does not await asynchronous setup methods.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(FeedCorpus.Folder, FeedFile));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.Run(c =>
        {
            c.Response.ContentType = "application/rss+xml; charset=utf-8";
            return c.Response.Body.WriteAsync(bytes).AsTask();
        });
        await _server.StartAsync();
        var url = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/feed";

        _folder = Directory.CreateTempSubdirectory("alertbot-bench-").FullName;
        _feed = new FeedSourceOptions { Name = "Bench", Url = url, IntervalSeconds = 60 };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>().Configure(o => o.DatabasePath = Path.Combine(_folder, "bench.db"));
        services.AddOptions<AlertsOptions>();
        services.AddAlertCore();
        services.AddFeeds(new ConfigurationBuilder().Build());
        services.Configure<FeedsOptions>(o => o.AllowPrivateAddresses = true);
        _services = services.BuildServiceProvider();
        // First poll stores every item; the measured polls find them all known, as most real polls do.
        await _services.GetRequiredService<FeedPoller>().PollAsync(_feed, CancellationToken.None);
    }

    [Benchmark]
    public async Task<int> PollAllItemsKnown() =>
        (await _services.GetRequiredService<FeedPoller>().PollAsync(_feed, CancellationToken.None)).NewItems;

    [Benchmark]
    public async Task<int> FetchAndParse()
    {
        var fetch = await _services.GetRequiredService<FeedHttpClient>().GetAsync(new Uri(_feed.Url), "*/*", null, null, CancellationToken.None);
        return _services.GetRequiredService<FeedParser>().Parse(fetch.Body, fetch.Charset).Items.Count;
    }

    private async Task CleanupAsync()
    {
        await _services.DisposeAsync();
        await _server.StopAsync();
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
