using AlertBot.Alerts;
using AlertBot.Ingestion.Feeds;
using AlertBot.Storage;
using AlertBot.Tests.Ingestion.Feeds.Support;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AlertBot.Tests.Ingestion.Feeds;

public sealed class FeedsRegistrationTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("alertbot-feedjobs-").FullName;
    private FeedServer _server = null!;

    public async Task InitializeAsync() => _server = await FeedServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AddFeeds_TwoConfiguredFeeds_EachPolledByItsOwnNonConcurrentJob()
    {
        var now = DateTimeOffset.UtcNow;
        _server.MapContent("/a", FeedXml.Rss(("Ferry service resumes after strike", "https://a.example/ferry", now, "Boats are back.")));
        _server.MapContent("/b", FeedXml.Rss(("Museum reopens its main hall", "https://b.example/museum", now, "Visitors returned.")));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Feeds:Sources:0:Name"] = "Outlet A",
            ["Feeds:Sources:0:Url"] = _server.Url("/a"),
            ["Feeds:Sources:1:Name"] = "Outlet B",
            ["Feeds:Sources:1:Url"] = _server.Url("/b"),
            ["Feeds:Sources:1:IntervalSeconds"] = "45",
            ["Feeds:AllowPrivateAddresses"] = "true",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>().Configure(o => o.DatabasePath = Path.Combine(_folder, "jobs.db"));
        services.AddOptions<AlertsOptions>();
        services.AddAlertCore();
        services.AddFeeds(configuration);
        await using var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);

        var job = await scheduler.GetJobDetail(new JobKey("feed:Outlet A", "feeds"), CancellationToken.None);
        await scheduler.Start(CancellationToken.None);
        var outlets = await WaitForOutletsAsync(provider.GetRequiredService<Database>(), 2, TimeSpan.FromSeconds(20));
        await scheduler.Shutdown(true, CancellationToken.None);

        Assert.NotNull(job);
        Assert.True(job.ConcurrentExecutionDisallowed);
        Assert.Equal(["Outlet A", "Outlet B"], outlets.Order(StringComparer.Ordinal));
        Assert.Equal(2, (await provider.GetRequiredService<FeedHealthStore>().ListAsync(CancellationToken.None)).Count(h => h.LastSuccessUtc is not null));
    }

    private static async Task<List<string>> WaitForOutletsAsync(Database database, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        List<string> outlets;
        do
        {
            await Task.Delay(200);
            await using var connection = await database.OpenAsync(CancellationToken.None);
            outlets = (await connection.QueryAsync<string>("SELECT outlet FROM articles;")).ToList();
        }
        while (outlets.Count < count && DateTime.UtcNow < deadline);

        return outlets;
    }
}
