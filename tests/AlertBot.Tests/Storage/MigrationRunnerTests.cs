using AlertBot.Storage;
using AlertBot.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Storage;

public sealed class MigrationRunnerTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 12, 8, 6, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task ApplyAsync_EmptyDatabase_CreatesEveryTable()
    {
        await using var connection = await OpenAsync();

        var applied = await MigrationRunner.ApplyAsync(connection, Migrations.All, Now, CancellationToken.None);

        Assert.Equal(Migrations.All.Select(m => m.Version), applied.Select(m => m.Version));
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table';")).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "articles", "developments", "development_places", "development_sources", "subscribers", "follows", "deliveries", "inbox_files", "bot_state", "feed_state", "feed_items", "schema_version" },
            tables);
    }

    [Fact]
    public async Task ApplyAsync_AlreadyMigrated_AppliesNothingAndKeepsData()
    {
        await using var connection = await OpenAsync();
        await MigrationRunner.ApplyAsync(connection, Migrations.All, Now, CancellationToken.None);
        await connection.ExecuteAsync("INSERT INTO bot_state (key, value) VALUES ('k', 'v');");

        var applied = await MigrationRunner.ApplyAsync(connection, Migrations.All, Now, CancellationToken.None);

        Assert.Empty(applied);
        Assert.Equal("v", await connection.ExecuteScalarAsync<string>("SELECT value FROM bot_state WHERE key = 'k';"));
    }

    [Fact]
    public async Task ApplyAsync_ExistingDatabaseAtOlderVersion_AppliesOnlyNewerInOrder()
    {
        await using var connection = await OpenAsync();
        var v1 = new Migration(1, "one", "CREATE TABLE a (x INTEGER);");
        var v2 = new Migration(2, "two", "ALTER TABLE a ADD COLUMN y TEXT;");
        var v3 = new Migration(3, "three", "CREATE TABLE b (z INTEGER);");
        await MigrationRunner.ApplyAsync(connection, [v1], Now, CancellationToken.None);

        var applied = await MigrationRunner.ApplyAsync(connection, [v3, v1, v2], Now, CancellationToken.None);

        Assert.Equal([2, 3], applied.Select(m => m.Version));
        Assert.Equal(3, await connection.ExecuteScalarAsync<long>("SELECT MAX(version) FROM schema_version;"));
    }

    [Fact]
    public async Task ApplyAsync_FailingMigration_RollsBackThatStepOnly()
    {
        await using var connection = await OpenAsync();
        var good = new Migration(1, "good", "CREATE TABLE a (x INTEGER);");
        var bad = new Migration(2, "bad", "CREATE TABLE b (x INTEGER); THIS IS NOT SQL;");

        await Assert.ThrowsAsync<SqliteException>(() => MigrationRunner.ApplyAsync(connection, [good, bad], Now, CancellationToken.None));

        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT MAX(version) FROM schema_version;"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'b';"));
    }

    [Fact]
    public async Task OpenAsync_NewFileInMissingFolder_CreatesFileInWalMode()
    {
        var path = _temp.File("nested/folder/bot.db");
        var database = new Database(Options.Create(new StorageOptions { DatabasePath = path }), TimeProvider.System, NullLogger<Database>.Instance);

        await using var connection = await database.OpenAsync(CancellationToken.None);

        Assert.True(File.Exists(path));
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode;"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys;"));
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={_temp.File("m.db")}");
        await connection.OpenAsync();
        return connection;
    }

    public void Dispose() => _temp.Dispose();
}
