using AlertBot.Storage;
using AlertBot.Tests.Ingestion.Feeds.Support;
using AlertBot.Tests.Support;
using AlertBot.Tests.Telegram;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Tests.Storage;

/// <summary>
/// The SQLite file deleted or replaced under a running worker: SQLite would write on into the unlinked file (lost
/// at the next start, the inbox read again and alerts re-sent). The guard stops the host instead, saying why.
/// </summary>
public sealed class DatabaseFileGuardTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly ListLogger<DatabaseFileGuard> _log = new();
    private IHost _host = null!;

    private string DatabasePath => _temp.File("data/alertbot.db");

    private DatabaseFileGuard Guard => _host.Services.GetRequiredService<DatabaseFileGuard>();

    private bool Stopping => _host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested;

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton<TimeProvider>(_clock);
        builder.Services.AddSingleton(Options.Create(new StorageOptions { DatabasePath = DatabasePath }));
        builder.Services.AddSingleton<ILogger<Database>>(NullLogger<Database>.Instance);
        builder.Services.AddSingleton<ILogger<DatabaseFileGuard>>(_log);
        builder.Services.AddSingleton<Database>();
        builder.Services.AddSingleton<DatabaseFileGuard>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseFileGuard>());
        _host = builder.Build();
        await _host.StartAsync();
        // The worker's own pooled connection stays open, as ingestion's and delivery's would.
        await WriteAsync("before");
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Guard_DatabaseFileDeleted_StopsWithAClearMessage()
    {
        File.Delete(DatabasePath);

        await TickAsync();

        await Eventually.TrueAsync(() => Stopping, "the host told to stop");
        var critical = Assert.Single(_log.AtLeast(LogLevel.Critical));
        Assert.Contains(DatabasePath, critical.Message, StringComparison.Ordinal);
        Assert.Contains("was deleted", critical.Message, StringComparison.Ordinal);
        Assert.Contains("Restore the file", critical.Message, StringComparison.Ordinal);
        Assert.True(Guard.StoreLost);
        Assert.False(File.Exists(DatabasePath), "the check creates no empty file in its place");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Guard_DatabaseFileReplacedByAnotherStore_Stops(bool otherIsAlertBotStore)
    {
        var otherPath = _temp.File("other.db");
        await using (var other = new SqliteConnection($"Data Source={otherPath};Pooling=False"))
        {
            await other.ExecuteAsync(otherIsAlertBotStore
                ? "CREATE TABLE bot_state (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO bot_state VALUES ('store.instance', 'another');"
                : "CREATE TABLE notes (body TEXT);");
        }

        File.Move(otherPath, DatabasePath, overwrite: true);
        await TickAsync();

        await Eventually.TrueAsync(() => Stopping, "the host told to stop");
        var critical = Assert.Single(_log.AtLeast(LogLevel.Critical));
        Assert.Contains(DatabasePath, critical.Message, StringComparison.Ordinal);
        Assert.Contains("was replaced by another file", critical.Message, StringComparison.Ordinal);
        Assert.True(Guard.StoreLost);
    }

    [Fact]
    public async Task Guard_DatabaseFileReplacedByABackupOfAnEarlierRun_Stops()
    {
        // A backup holds this store's rows, but the worker's open connections would still write to the unlinked original.
        var copyPath = _temp.File("copy.db");
        await using (var live = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await live.ExecuteAsync($"VACUUM INTO '{copyPath}';");
        }

        await using (var earlier = new SqliteConnection($"Data Source={copyPath};Pooling=False"))
        {
            await earlier.ExecuteAsync("UPDATE bot_state SET value = 'an earlier run' WHERE key = 'store.instance';");
        }

        File.Move(copyPath, DatabasePath, overwrite: true);
        await TickAsync();

        await Eventually.TrueAsync(() => Stopping, "the host told to stop");
        Assert.Contains("was replaced by another file", Assert.Single(_log.AtLeast(LogLevel.Critical)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guard_DatabaseFileUntouched_KeepsRunning()
    {
        for (var tick = 0; tick < 5; tick++)
        {
            await WriteAsync($"tick {tick}");
            await TickAsync();
        }

        Assert.Equal(5, Guard.Checks);
        Assert.False(Stopping);
        Assert.False(Guard.StoreLost);
        Assert.Empty(_log.AtLeast(LogLevel.Warning));
    }

    /// <summary>One period passes; returns once the guard has finished that tick's check.</summary>
    private async Task TickAsync()
    {
        var before = Guard.Checks;
        _clock.Advance(DatabaseFileGuard.Period);
        await Eventually.TrueAsync(() => Guard.Checks > before, "the guard's check for this tick");
    }

    private async Task WriteAsync(string value)
    {
        await using var connection = await _host.Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO bot_state (key, value) VALUES ('test.note', @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value;",
            new { value }));
    }
}
