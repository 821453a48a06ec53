using AlertBot.Alerts;
using AlertBot.Chat;
using AlertBot.Storage;
using AlertBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Tests.Alerts;

/// <summary>A development first seen in a stale report (stored, never alerted) still alerts when fresh news of it comes.</summary>
public sealed class StaleReportTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Process_StaleFirstReportThenFreshReport_Alerts()
    {
        await using var services = TestServices.Build(_temp.Path, new FakeTimeProvider(Monday.AddMinutes(30)));
        await services.GetRequiredService<SubscriberStore>().SubscribeAsync(1, "private", null, CancellationToken.None);
        var processor = services.GetRequiredService<ArticleProcessor>();

        var stale = await processor.ProcessAsync(new IncomingArticle(
            "wire-a/1.txt", "wire-a", "Explosion hits Kharkiv power station",
            "A large explosion hit the main power station in Kharkiv on Monday, killing three workers, the governor said.",
            null, Monday, SuppressAlerts: true), CancellationToken.None);
        var fresh = await processor.ProcessAsync(new IncomingArticle(
            "wire-b/2.txt", "wire-b", "Blast at Kharkiv power plant",
            "A powerful blast hit the main power plant in Kharkiv on Monday, killing three workers, officials said.",
            null, Monday.AddMinutes(20)), CancellationToken.None);

        Assert.Empty(stale.NewAlertIds);
        var alert = Assert.Single(fresh.NewAlertIds);
        Assert.Contains(alert, stale.DevelopmentIds);
        await using var connection = await services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM deliveries WHERE kind = 'alert' AND chat_id = 1;"));
    }

    public void Dispose() => _temp.Dispose();
}
