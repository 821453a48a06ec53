using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlertBot.Storage;

/// <summary>
/// Stops the worker when its SQLite file is deleted or replaced while it runs. SQLite does not notice: its open
/// connections go on writing into the unlinked file, all of which is lost, and at the next start the inbox and
/// feeds are read again and alerts re-sent. At start this writes a fresh token into the store; every
/// <see cref="Period"/> it checks that the file is still at its path and that a new connection to that path (not
/// pooled, so it opens whatever file is there now) reads the same token. PostgreSQL has no file: nothing to do.
/// </summary>
internal sealed class DatabaseFileGuard(
    Database database, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<DatabaseFileGuard> logger) : BackgroundService
{
    /// <summary>The process exit code once the file has gone (2 is a configuration refused at start).</summary>
    public const int ExitCode = 3;

    public static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    private const string TokenKey = "store.instance";
    private const int SqliteError = 1;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;
    private PeriodicTimer? _timer;
    private SqliteConnection? _held;
    private string? _token;
    private int _checks;

    /// <summary>True once the file was found deleted or replaced and the worker was told to stop.</summary>
    public bool StoreLost { get; private set; }

    /// <summary>Checks finished (for tests: a tick's outcome is known once this moves).</summary>
    public int Checks => Volatile.Read(ref _checks);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Provider == StorageProvider.Sqlite)
        {
            // Timer first, so no tick is missed; token before any other service writes, so the whole run is covered.
            _timer = new PeriodicTimer(Period, clock);
            try
            {
                await RecordAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(ex, "Could not mark the database file {Path} to notice it being deleted or replaced; trying again in {Period}", database.Path, Period);
            }
        }

        await base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        _held?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_timer is null)
        {
            return;
        }

        string? fault = null;
        while (await WaitAsync(_timer, stoppingToken))
        {
            try
            {
                if (_token is null)
                {
                    await RecordAsync(stoppingToken);
                }
                else if (await FindLossAsync(stoppingToken) is { } what)
                {
                    Stop(what);
                    return;
                }

                if (fault is not null && _token is not null)
                {
                    logger.LogInformation("The database file {Path} can be checked again", database.Path);
                    fault = null;
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A locked or briefly unreadable file is no verdict: try again next tick, logged once per fault.
                var now = $"{ex.GetType().Name}: {ex.Message}";
                if (now != fault)
                {
                    logger.LogWarning(ex, "Could not check the database file {Path}; trying again in {Period}", database.Path, Period);
                    fault = now;
                }
            }
            finally
            {
                Interlocked.Increment(ref _checks);
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task RecordAsync(CancellationToken cancellationToken)
    {
        // A fresh token each run: a copy of this very store put back in its place is another file all the same,
        // and the open connections would still write to the old one.
        var token = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO bot_state (key, value) VALUES (@key, @token)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value;
            """, new { key = TokenKey, token }, cancellationToken: cancellationToken));
        // Held for the run: SQLite can tell whether the path still names the file this connection has open.
        var held = new SqliteConnection(ReadOnly());
        await held.OpenAsync(cancellationToken);
        (_held, _token) = (held, token);
    }

    /// <returns>What happened to the file, or null while it is still the one this run opened.</returns>
    private async Task<string?> FindLossAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(database.Path))
        {
            return "was deleted";
        }

        if (SqliteFileMoved.Check(_held!) is true)
        {
            return File.Exists(database.Path) ? "was replaced by another file" : "was deleted";
        }

        // Where SQLite cannot tell (another native build), the token read through the path is the check.
        await using var connection = new SqliteConnection(ReadOnly());
        try
        {
            await connection.OpenAsync(cancellationToken);
            var token = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
                "SELECT value FROM bot_state WHERE key = @key;", new { key = TokenKey }, cancellationToken: cancellationToken));
            return token == _token ? null : "was replaced by another file";
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteNotADatabase || IsMissingTable(ex))
        {
            return "was replaced by another file";
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteCantOpen && !File.Exists(database.Path))
        {
            return "was deleted";
        }
    }

    /// <summary>Not pooled: a pooled connection would still have the old file open.</summary>
    private string ReadOnly() => new SqliteConnectionStringBuilder
    {
        DataSource = database.Path,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
        DefaultTimeout = 5,
    }.ToString();

    /// <summary>Not AlertBot's store at all (no bot_state): certainly not the file this run opened.</summary>
    private static bool IsMissingTable(SqliteException ex) =>
        ex.SqliteErrorCode == SqliteError && ex.Message.Contains("no such table", StringComparison.OrdinalIgnoreCase);

    private void Stop(string what)
    {
        StoreLost = true;
        logger.LogCritical(
            "The database file {Path} {What} while AlertBot was running; AlertBot stops (exit code {ExitCode}) rather than "
            + "write on into a file no one will read again. Restore the file and start AlertBot again, or start it again "
            + "without it to begin a new store (every inbox file and feed item is then read again and alerts sent anew)",
            database.Path, what, ExitCode);
        lifetime.StopApplication();
    }
}
