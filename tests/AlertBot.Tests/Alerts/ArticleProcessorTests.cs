using AlertBot.Alerts;
using AlertBot.Chat;
using AlertBot.Storage;
using AlertBot.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Tests.Alerts;

/// <summary>Run once per provider (<see cref="ArticleProcessorSqliteTests"/>, <see cref="ArticleProcessorPostgresTests"/>).</summary>
public abstract class ArticleProcessorTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly TestStore _store;
    private readonly ServiceProvider _services;

    protected ArticleProcessorTests(StorageProvider provider)
    {
        _store = new TestStore(provider);
        _services = TestServices.Build(_store, new FakeTimeProvider(Monday));
    }

    private static IncomingArticle FirstReport(bool stale = false) => new(
        "wire-a/1.txt", "wire-a", "Explosion hits Kharkiv power station",
        "A large explosion hit the main power station in Kharkiv on Monday, killing three workers, the governor said.", null, Monday, stale);

    private static IncomingArticle SecondReport() => new(
        "wire-b/2.txt", "wire-b", "Blast at Kharkiv power plant",
        "A powerful blast hit the main power plant in Kharkiv on Monday, killing three workers, officials said.", null, Monday.AddMinutes(20));

    [Fact]
    public async Task ProcessAsync_SameContentTwice_SecondIsDuplicateAndChangesNothing()
    {
        var first = await Processor.ProcessAsync(FirstReport(), CancellationToken.None);
        var counts = await CountsAsync();

        var second = await Processor.ProcessAsync(FirstReport() with { Source = "elsewhere/copy.txt" }, CancellationToken.None);

        Assert.False(first.Duplicate);
        Assert.True(second.Duplicate);
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task ProcessAsync_NewAlert_QueuesOneDeliveryPerActiveSubscriberWhoseFollowsMatch()
    {
        var subscribers = _services.GetRequiredService<SubscriberStore>();
        await subscribers.SubscribeAsync(1, "private", null, CancellationToken.None);
        await subscribers.SubscribeAsync(2, "private", null, CancellationToken.None);
        await subscribers.FollowAsync(2, TestPlaces.Kharkiv.GeonameId, "Kharkiv", CancellationToken.None);
        await subscribers.SubscribeAsync(3, "group", "Odesa news", CancellationToken.None);
        await subscribers.FollowAsync(3, TestPlaces.Odesa.GeonameId, "Odesa", CancellationToken.None);
        await subscribers.SubscribeAsync(4, "private", null, CancellationToken.None);
        await using (var connection = await Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("UPDATE subscribers SET active = 0 WHERE chat_id = 4;");
        }

        var outcome = await Processor.ProcessAsync(FirstReport(), CancellationToken.None);

        var alert = Assert.Single(outcome.NewAlertIds);
        await using var db = await Database.OpenAsync(CancellationToken.None);
        var chats = await db.QueryAsync<long>("SELECT chat_id FROM deliveries WHERE development_id = @alert AND kind = 'alert' AND status = 'pending' ORDER BY chat_id;", new { alert });
        Assert.Equal([1L, 2L], chats);
    }

    [Fact]
    public async Task ProcessAsync_SecondOutletSameEvent_ConfirmsAndQueuesAnUpdateNotAnotherAlert()
    {
        await _services.GetRequiredService<SubscriberStore>().SubscribeAsync(1, "private", null, CancellationToken.None);
        var first = await Processor.ProcessAsync(FirstReport(), CancellationToken.None);
        var alert = Assert.Single(first.NewAlertIds);
        await using (var connection = await Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("UPDATE deliveries SET status = 'sent', message_id = 77 WHERE development_id = @alert;", new { alert });
        }

        var second = await Processor.ProcessAsync(SecondReport(), CancellationToken.None);

        Assert.Empty(second.NewAlertIds);
        Assert.Contains(alert, second.UpdatedAlertIds);
        var view = await _services.GetRequiredService<AlertQueries>().GetAsync(alert, CancellationToken.None);
        Assert.Equal(2, view!.Confirmations);
        Assert.Equal(["wire-a/1.txt", "wire-b/2.txt"], view.Sources.Select(s => s.Source));
        await using var db = await Database.OpenAsync(CancellationToken.None);
        var kinds = await db.QueryAsync<string>("SELECT kind FROM deliveries WHERE chat_id = 1 ORDER BY id;");
        Assert.Equal(["alert", "update"], kinds);
    }

    private static IncomingArticle FollowUp() => new(
        "wire-c/3.txt", "wire-c", "Kharkiv power station: governor speaks of sabotage",
        "The governor of Kharkiv said the main power station had been sabotaged, and repair crews worked through the night at the plant.",
        null, Monday.AddHours(30));

    [Fact]
    public async Task ProcessAsync_ReportOfAKnownStory_IsListedUnderTheStoryFirst()
    {
        var first = await Processor.ProcessAsync(FirstReport(), CancellationToken.None);

        var followUp = await Processor.ProcessAsync(FollowUp(), CancellationToken.None);

        Assert.Equal(first.DevelopmentIds[0], followUp.DevelopmentIds[0]);
        Assert.Empty(followUp.NewAlertIds);
        Assert.Equal([first.DevelopmentIds[0], first.DevelopmentIds[0]], await StoriesAsync());
    }

    [Fact]
    public async Task ProcessAsync_AfterRestart_FindsTheStoryFromTheStore()
    {
        var first = await Processor.ProcessAsync(FirstReport(), CancellationToken.None);
        _services.Dispose();

        using var restarted = TestServices.Build(_store, new FakeTimeProvider(Monday));
        var followUp = await restarted.GetRequiredService<ArticleProcessor>().ProcessAsync(FollowUp(), CancellationToken.None);

        Assert.Equal(first.DevelopmentIds[0], followUp.DevelopmentIds[0]);
    }

    [Fact]
    public async Task ProcessAsync_ReportBeyondTheStoryWindow_StartsItsOwnStory()
    {
        var first = await Processor.ProcessAsync(FirstReport(), CancellationToken.None);

        var late = await Processor.ProcessAsync(FollowUp() with { Published = Monday.AddDays(30) }, CancellationToken.None);

        Assert.NotEqual(first.DevelopmentIds[0], late.DevelopmentIds[0]);
    }

    [Fact]
    public async Task ProcessAsync_OtherNewsInsideAStory_KeepsItsOwnAlert()
    {
        var first = await Processor.ProcessAsync(FirstReport(), CancellationToken.None);

        var arrest = await Processor.ProcessAsync(new IncomingArticle(
            "wire-d/4.txt", "wire-d", "Kharkiv power station explosion: police arrest two suspects",
            "Police arrested two men on Tuesday, accusing them of planting the bomb, the regional police chief said.",
            null, Monday.AddHours(26)), CancellationToken.None);

        Assert.Equal(first.DevelopmentIds[0], arrest.DevelopmentIds[0]);
        var own = Assert.Single(arrest.NewAlertIds);
        Assert.NotEqual(first.DevelopmentIds[0], own);
    }

    [Fact]
    public async Task ProcessAsync_StaleItem_IsStoredButQueuesNoDelivery()
    {
        await _services.GetRequiredService<SubscriberStore>().SubscribeAsync(1, "private", null, CancellationToken.None);

        var outcome = await Processor.ProcessAsync(FirstReport(stale: true), CancellationToken.None);

        Assert.NotEmpty(outcome.DevelopmentIds);
        Assert.Empty(outcome.NewAlertIds);
        Assert.Equal(0, (await CountsAsync()).Deliveries);
    }

    private ArticleProcessor Processor => _services.GetRequiredService<ArticleProcessor>();

    private Database Database => _services.GetRequiredService<Database>();

    private async Task<IReadOnlyList<long>> StoriesAsync()
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<long>("SELECT story_id FROM articles ORDER BY id;")).ToList();
    }

    private async Task<(long Articles, long Developments, long Sources, long Deliveries)> CountsAsync()
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return await connection.QuerySingleAsync<(long, long, long, long)>("""
            SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM developments),
                   (SELECT COUNT(*) FROM development_sources), (SELECT COUNT(*) FROM deliveries);
            """);
    }

    public void Dispose()
    {
        _services.Dispose();
        _store.Dispose();
        GC.SuppressFinalize(this);
    }
}
