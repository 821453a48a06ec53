using System.Data.Common;
using AlertBot.Alerts;
using AlertBot.Storage;
using AlertBot.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AlertBot.Tests.Alerts;

/// <summary>
/// /city reads copies of each development's alert flag, time and significance kept beside its places (so one index
/// serves it); these tests hold the copies to the development whatever changes it. Run once per provider
/// (<see cref="AlertQueriesSqliteTests"/>, <see cref="AlertQueriesPostgresTests"/>): each keeps the copies by its own triggers.
/// </summary>
public abstract class AlertQueriesTests : IAsyncLifetime
{
    private const long Place = 42;
    private static readonly DateTimeOffset Start = new(2024, 12, 8, 6, 0, 0, TimeSpan.Zero);
    private readonly TestStore _store;
    private readonly Database _database;
    private readonly AlertQueries _queries;

    protected AlertQueriesTests(StorageProvider provider)
    {
        _store = new TestStore(provider);
        _database = new Database(Options.Create(_store.Options), TimeProvider.System, NullLogger<Database>.Instance);
        _queries = new AlertQueries(_database);
    }

    [Fact]
    public async Task ForPlaceAsync_DevelopmentBecomesAlertAfterItsPlacesWereWritten_Listed()
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        var id = await StoreSeed.DevelopmentAsync(connection, Start, alert: false, places: [Place]);
        Assert.Empty(await _queries.ForPlaceAsync(Place, 10, CancellationToken.None));

        await connection.ExecuteAsync("UPDATE developments SET is_alert = 1 WHERE id = @id;", new { id });

        Assert.Equal([id], (await _queries.ForPlaceAsync(Place, 10, CancellationToken.None)).Select(a => a.Id));
    }

    [Fact]
    public async Task ForPlaceAsync_SameTimeAndSignificanceRaisedByMerge_MoreSignificantFirst()
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        var first = await StoreSeed.DevelopmentAsync(connection, Start, significance: 0.6, places: [Place]);
        var second = await StoreSeed.DevelopmentAsync(connection, Start, significance: 0.7, places: [Place]);
        var newer = await StoreSeed.DevelopmentAsync(connection, Start.AddMinutes(1), significance: 0.5, places: [Place]);
        Assert.Equal([newer, second, first], (await _queries.ForPlaceAsync(Place, 10, CancellationToken.None)).Select(a => a.Id));

        await connection.ExecuteAsync("UPDATE developments SET significance = 0.9 WHERE id = @first;", new { first });

        Assert.Equal([newer, first, second], (await _queries.ForPlaceAsync(Place, 10, CancellationToken.None)).Select(a => a.Id));
        Assert.Equal([newer, first], (await _queries.LatestAsync(2, CancellationToken.None)).Select(a => a.Id));
    }

    [Fact]
    public async Task ForPlaceAsync_StoreWrittenBeforeThePlaceCopies_ListsItsAlertsAfterMigrating()
    {
        var history = _store.Provider == StorageProvider.Postgres ? PostgresMigrations.All : Migrations.All;
        long alert;
        await using (var old = OpenRaw())
        {
            await old.OpenAsync();
            await MigrationRunner.ApplyAsync(old, history.Where(m => m.Version <= 4).ToList(), Start, CancellationToken.None);
            alert = await StoreSeed.DevelopmentAsync(old, Start, places: [Place]);
            await StoreSeed.DevelopmentAsync(old, Start.AddMinutes(1), alert: false, places: [Place]);
        }

        var listed = await _queries.ForPlaceAsync(Place, 10, CancellationToken.None);

        Assert.Equal([alert], listed.Select(a => a.Id));
    }

    private DbConnection OpenRaw() => _store.Provider == StorageProvider.Postgres
        ? new NpgsqlConnection(_store.Options.ConnectionString)
        : new SqliteConnection($"Data Source={_store.Options.DatabasePath}");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _store.Dispose();
    }
}
