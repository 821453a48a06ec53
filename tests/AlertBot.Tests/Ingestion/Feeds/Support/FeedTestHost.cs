using AlertBot.Alerts;
using AlertBot.Ingestion.Feeds;
using AlertBot.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Tests.Ingestion.Feeds.Support;

/// <summary>The real feed services and pipeline over a temporary SQLite file, with a fake clock and a capturing logger.</summary>
public sealed class FeedTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder;

    private FeedTestHost(ServiceProvider services, string folder, FakeTimeProvider clock, ListLogger<FeedPoller> log)
    {
        _services = services;
        _folder = folder;
        Clock = clock;
        Log = log;
    }

    public FakeTimeProvider Clock { get; }

    public ListLogger<FeedPoller> Log { get; }

    public FeedPoller Poller => _services.GetRequiredService<FeedPoller>();

    public FeedHealthStore Health => _services.GetRequiredService<FeedHealthStore>();

    public static FeedTestHost Create(Action<FeedsOptions>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "alertbot-feeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var log = new ListLogger<FeedPoller>();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddOptions<StorageOptions>().Configure(o => o.DatabasePath = Path.Combine(folder, "test.db"));
        services.AddOptions<AlertsOptions>();
        services.AddAlertCore();
        services.AddFeeds(new ConfigurationBuilder().Build());
        services.Configure<FeedsOptions>(o =>
        {
            o.AllowPrivateAddresses = true;
            o.Timeout = TimeSpan.FromSeconds(5);
            configure?.Invoke(o);
        });
        services.AddSingleton<ILogger<FeedPoller>>(log);
        return new FeedTestHost(services.BuildServiceProvider(), folder, clock, log);
    }

    public static FeedSourceOptions Feed(string name, string url, bool fullText = false) =>
        new() { Name = name, Url = url, IntervalSeconds = 60, FetchFullText = fullText };

    public async Task<IReadOnlyList<StoredArticle>> ArticlesAsync()
    {
        await using var connection = await _services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<StoredArticle>("SELECT source AS Source, outlet AS Outlet, url AS Url, title AS Title, content_hash AS ContentHash FROM articles ORDER BY id;")).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not a test failure.
        }
    }
}
