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

    [Fact]
    public async Task ProcessAsync_AfterRestart_GroupsAsTheRunningWorkerWould()
    {
        var reports = new[] { FirstReport(), OtherTown(), SecondReport(), Arrests() };
        var running = new List<IReadOnlyList<long>>();
        foreach (var report in reports)
        {
            running.Add((await Processor.ProcessAsync(report, CancellationToken.None)).DevelopmentIds);
        }

        using var store = new TestStore(_store.Provider);
        var restarted = new List<IReadOnlyList<long>>();
        foreach (var report in reports)
        {
            // A new process for every article: everything grouping knows is read back from the store.
            using var services = TestServices.Build(store, new FakeTimeProvider(Monday));
            restarted.Add((await services.GetRequiredService<ArticleProcessor>().ProcessAsync(report, CancellationToken.None)).DevelopmentIds);
        }

        Assert.Equal(running, restarted);
        Assert.Equal(running[0], running[2]);
    }

    [Fact]
    public async Task ProcessAsync_ReportBeyondTheMergeWindow_StartsItsOwnDevelopment()
    {
        var first = await Processor.ProcessAsync(FirstReport(), CancellationToken.None);

        var late = await Processor.ProcessAsync(SecondReport() with { Published = Monday.AddDays(30) }, CancellationToken.None);

        Assert.NotEqual(first.DevelopmentIds[0], late.DevelopmentIds[0]);
    }

    [Fact]
    public async Task ProcessAsync_SameKindOfEventInAnotherTown_StartsItsOwnAlert()
    {
        var first = await Processor.ProcessAsync(FirstReport(), CancellationToken.None);

        var other = await Processor.ProcessAsync(OtherTown(), CancellationToken.None);

        Assert.NotEqual(first.DevelopmentIds[0], other.DevelopmentIds[0]);
        Assert.Single(other.NewAlertIds);
    }

    [Fact]
    public async Task ProcessAsync_OtherKindOfEventInTheSameTown_StartsItsOwnDevelopment()
    {
        var first = await Processor.ProcessAsync(FirstReport(), CancellationToken.None);

        var arrests = await Processor.ProcessAsync(Arrests(), CancellationToken.None);

        Assert.NotEqual(first.DevelopmentIds[0], arrests.DevelopmentIds[0]);
    }

    [Fact]
    public async Task ProcessAsync_SecondItemOfTheSameOutlet_DoesNotConfirm()
    {
        var first = await Processor.ProcessAsync(FirstReport(), CancellationToken.None);

        var again = await Processor.ProcessAsync(SecondReport() with { Source = "wire-a/2.txt", Outlet = "wire-a" }, CancellationToken.None);

        Assert.Equal(first.DevelopmentIds[0], again.DevelopmentIds[0]);
        var view = await _services.GetRequiredService<AlertQueries>().GetAsync(first.DevelopmentIds[0], CancellationToken.None);
        Assert.Equal(1, view!.Confirmations);
    }

    [Fact]
    public async Task ProcessAsync_OpinionPiece_JoinsButNeverStartsAnAlert()
    {
        var opinion = await Processor.ProcessAsync(FirstReport() with
        {
            Source = "https://example.org/opinions/2024/03/04/kharkiv-power-station", Url = "https://example.org/opinions/2024/03/04/kharkiv-power-station",
        }, CancellationToken.None);

        var report = await Processor.ProcessAsync(SecondReport(), CancellationToken.None);

        Assert.Empty(opinion.NewAlertIds);
        Assert.Equal(opinion.DevelopmentIds[0], report.DevelopmentIds[0]);
        Assert.Equal([opinion.DevelopmentIds[0]], report.NewAlertIds);
    }

    [Fact]
    public async Task ProcessAsync_AnotherWorkerMergedInBetween_DecidesFromWhatTheStoreHolds()
    {
        // Two workers on one store: the first remembers the development it merged into, the second adds a source to it.
        using var other = TestServices.Build(_store, new FakeTimeProvider(Monday));
        var first = await Processor.ProcessAsync(FirstReport(), CancellationToken.None);
        await other.GetRequiredService<ArticleProcessor>().ProcessAsync(SecondReport(), CancellationToken.None);

        var third = await Processor.ProcessAsync(SecondReport() with
        {
            Source = "wire-c/5.txt", Outlet = "wire-c", Body = SecondReport().Body + " Power was cut across the city.", Published = Monday.AddMinutes(40),
        }, CancellationToken.None);

        Assert.Equal(first.DevelopmentIds[0], third.DevelopmentIds[0]);
        var view = await _services.GetRequiredService<AlertQueries>().GetAsync(first.DevelopmentIds[0], CancellationToken.None);
        Assert.Equal(3, view!.Confirmations);
        Assert.Equal(["wire-a/1.txt", "wire-b/2.txt", "wire-c/5.txt"], view.Sources.Select(s => s.Source));
    }

    [Fact]
    public async Task ProcessAsync_PastAFoldOfWordCounts_RestartGroupsAsTheRunningWorkerWould()
    {
        // Enough reports that their word counts are folded into term_stats once, and some are still rows of their own.
        var reports = Enumerable.Range(0, DevelopmentStore.TermsFoldedEvery + 10)
            .Select(i => new IncomingArticle(
                $"desk/{i}.txt", "desk", $"Council {i} approves budget {i % 7}",
                $"The council of district {i} approved its budget {i % 7} on Monday after a vote {i % 3}.", null, Monday.AddMinutes(i)))
            .Append(SecondReport() with { Published = Monday.AddHours(6) })
            .ToList();
        var kharkiv = await Processor.ProcessAsync(FirstReport() with { Published = Monday.AddHours(5) }, CancellationToken.None);
        var running = new List<IReadOnlyList<long>>();
        foreach (var report in reports)
        {
            running.Add((await Processor.ProcessAsync(report, CancellationToken.None)).DevelopmentIds);
        }

        using var store = new TestStore(_store.Provider);
        using (var services = TestServices.Build(store, new FakeTimeProvider(Monday)))
        {
            var processor = services.GetRequiredService<ArticleProcessor>();
            await processor.ProcessAsync(FirstReport() with { Published = Monday.AddHours(5) }, CancellationToken.None);
            foreach (var report in reports.SkipLast(1))
            {
                await processor.ProcessAsync(report, CancellationToken.None);
            }
        }

        using var restarted = TestServices.Build(store, new FakeTimeProvider(Monday));
        var last = await restarted.GetRequiredService<ArticleProcessor>().ProcessAsync(reports[^1], CancellationToken.None);
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        var (folded, pending) = await connection.QuerySingleAsync<(long, long)>("""
            SELECT (SELECT documents FROM term_stats WHERE term = ''), (SELECT COUNT(*) FROM term_observations);
            """);

        Assert.Equal(running[^1], last.DevelopmentIds);
        Assert.Equal(kharkiv.DevelopmentIds[0], last.DevelopmentIds[0]);
        Assert.True(folded >= DevelopmentStore.TermsFoldedEvery, $"{folded} reports folded");
        Assert.Equal(reports.Count + 1 - DevelopmentStore.TermsFoldedEvery, pending);
    }

    private static IncomingArticle OtherTown() => new(
        "wire-c/3.txt", "wire-c", "Explosion hits Odesa power station",
        "A large explosion hit the main power station in Odesa on Monday, killing two workers, the governor said.", null, Monday.AddHours(2));

    private static IncomingArticle Arrests() => new(
        "wire-d/4.txt", "wire-d", "Police arrest two men in Kharkiv",
        "Police in Kharkiv arrested two men on Tuesday, the regional police chief said.", null, Monday.AddHours(26));

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
