using AlertBot.Alerts;
using AlertBot.Alerts.Delivery;
using AlertBot.Storage;
using AlertBot.Tests.Support;
using Dapper;
using System.Data.Common;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Storage;

/// <summary>
/// The plans SQLite picks for the hot queries, on a store with statistics (ANALYZE) skewed the way a real one is: one
/// busy place, one chat with a long history. A plan that scans or sorts grows with the store; these must not.
/// </summary>
public sealed class QueryPlanTests : IAsyncLifetime
{
    private const long BusyPlace = 1;
    private const long QuietPlace = 2;
    private const long LongHistoryChat = 10;
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();
    private Database _database = null!;
    private DbConnection _connection = null!;

    public async Task InitializeAsync()
    {
        _database = new Database(Options.Create(new StorageOptions { DatabasePath = _temp.File("plans.db") }), TimeProvider.System, NullLogger<Database>.Instance);
        _connection = await _database.OpenAsync(CancellationToken.None);
        await using var transaction = await _connection.BeginTransactionAsync();
        await StoreSeed.SubscriberAsync(_connection, LongHistoryChat, Start);
        for (var i = 0; i < 2_000; i++)
        {
            long[] places = i % 500 == 0 ? [QuietPlace] : i % 3 == 0 ? [BusyPlace] : [100 + (i % 200)];
            var id = await StoreSeed.DevelopmentAsync(_connection, Start.AddMinutes(i), alert: i % 4 == 0, places: places);
            await StoreSeed.DeliveryAsync(_connection, id, LongHistoryChat, i == 1_999 ? "pending" : "sent", Start.AddMinutes(i));
        }

        await transaction.CommitAsync();
        await _connection.ExecuteAsync("ANALYZE;");
    }

    [Fact]
    public async Task LatestSql_SkewedStore_ReadsLatestIndexWithoutSorting()
    {
        var plan = await PlanAsync(AlertQueries.LatestSql, new { count = 10 });

        Assert.Contains("ix_developments_latest", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Theory]
    [InlineData(BusyPlace)]
    [InlineData(QuietPlace)]
    [InlineData(999)]
    public async Task ForPlaceSql_AnyPlace_SeeksPlaceAlertsIndexWithoutSorting(long place)
    {
        var plan = await PlanAsync(AlertQueries.ForPlaceSql, new { geonameId = place, count = 10 });

        Assert.Contains("SEARCH development_places USING COVERING INDEX ix_development_places_alerts (geoname_id=?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
        Assert.DoesNotContain("developments", plan.Replace("development_places", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClaimDueSql_ChatWithLongHistory_HeadOfLineReadsOpenDeliveriesOnly()
    {
        var store = new DeliveryStore(_database, TimeProvider.System);
        var now = Iso.Format(Start.AddDays(10));

        var plan = await PlanAsync(store.ClaimDueSql, new { worker = "w", leaseUntil = now, now, limit = 50 });

        Assert.True(plan.Contains("SEARCH e USING COVERING INDEX ix_deliveries_open (chat_id=? AND id<?)", StringComparison.Ordinal), plan);
    }

    private async Task<string> PlanAsync(string sql, object parameters)
    {
        var rows = await _connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql, parameters);
        return string.Join(" | ", rows.Select(r => r.Detail));
    }

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _database.DisposeAsync();
        _temp.Dispose();
    }
}
