using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AlertBot.Storage;

/// <summary>
/// The store: a SQLite file (one worker) or a PostgreSQL database (several workers). Opens connections, brings
/// the schema up to date once per process, and owns the few things that differ by provider beyond a query's
/// text: how the merge and snapshot transactions begin.
/// </summary>
public sealed class Database : IAsyncDisposable, IDisposable
{
    private readonly TimeProvider _clock;
    private readonly ILogger<Database> _logger;
    private readonly string? _sqliteConnectionString;
    private readonly string? _sqliteExisting;
    private readonly NpgsqlDataSource? _postgres;
    private readonly SemaphoreSlim _migrateLock = new(1, 1);
    private volatile bool _migrated;

    public Database(IOptions<StorageOptions> options, TimeProvider clock, ILogger<Database> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _clock = clock;
        _logger = logger;
        var storage = options.Value;
        Provider = storage.Provider;
        if (Provider == StorageProvider.Postgres)
        {
            var builder = new NpgsqlConnectionStringBuilder(storage.ConnectionString);
            builder.ApplicationName ??= "alertbot";
            _postgres = NpgsqlDataSource.Create(builder);
            // Host and database only: the connection string may carry a password.
            Description = $"PostgreSQL database {builder.Database ?? builder.Username} on {builder.Host}:{builder.Port}";
            Path = "";
        }
        else
        {
            Path = System.IO.Path.GetFullPath(storage.DatabasePath);
            _sqliteConnectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Cache = SqliteCacheMode.Private,
                Pooling = true,
                DefaultTimeout = 30,
            }.ToString();
            // Once migrated, a connection opens the file that is there or fails: one that created a new empty file in the
            // place of a deleted one would let the worker run on into a store nobody will read (DatabaseFileGuard).
            _sqliteExisting = new SqliteConnectionStringBuilder(_sqliteConnectionString) { Mode = SqliteOpenMode.ReadWrite }.ToString();
            Description = Path;
        }
    }

    public StorageProvider Provider { get; }

    /// <summary>The SQLite file; empty on PostgreSQL.</summary>
    public string Path { get; }

    /// <summary>What the store is, for log lines: never a password.</summary>
    public string Description { get; }

    /// <summary>The query text for this provider, for the few statements whose SQL differs.</summary>
    public string Sql(string sqlite, string postgres) => Provider == StorageProvider.Postgres ? postgres : sqlite;

    /// <summary>
    /// "is one of the list parameter <paramref name="parameter"/>": Dapper expands a list into (@p1, @p2, ...) for
    /// SQLite, while Npgsql sends it as one array, which PostgreSQL compares with <c>= ANY</c>. Pass an array.
    /// </summary>
    public string InList(string parameter) => Sql(sqlite: $"IN @{parameter}", postgres: $"= ANY(@{parameter})");

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken);
        }

        return await OpenRawAsync(cancellationToken);
    }

    /// <summary>
    /// Begins the transaction that merges an article into developments, holding the one lock every merge takes:
    /// a merge reads the recent developments and then writes, so two merges at once could both find no match and
    /// both start an alert of one development. SQLite takes its write lock up front (<c>BEGIN IMMEDIATE</c>);
    /// PostgreSQL takes a transaction-scoped advisory lock, so merges on every worker run one after another while
    /// detection (the expensive part) runs in parallel. One lock, not one per time window: live news all falls in
    /// the current window, so per-window locks would all be the same lock.
    /// </summary>
    public async Task<DbTransaction> BeginMergeAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is SqliteConnection sqlite)
        {
            return sqlite.BeginTransaction(deferred: false);
        }

        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_xact_lock(@key);", new { key = AdvisoryLocks.Merge }, transaction, cancellationToken: cancellationToken));
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    /// <summary>A read-only transaction whose statements all see one snapshot (an alert and its sources agree).</summary>
    public async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await _migrateLock.WaitAsync(cancellationToken);
        try
        {
            if (_migrated)
            {
                return;
            }

            var applied = Provider == StorageProvider.Postgres
                ? await MigratePostgresAsync(cancellationToken)
                : await MigrateSqliteAsync(cancellationToken);
            foreach (var migration in applied)
            {
                _logger.LogInformation("Applied schema migration {Version} ({Name}) to {Database}", migration.Version, migration.Name, Description);
            }

            _migrated = true;
        }
        finally
        {
            _migrateLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        _migrateLock.Dispose();
    }

    public void Dispose()
    {
        _postgres?.Dispose();
        _migrateLock.Dispose();
    }

    private async Task<IReadOnlyList<Migration>> MigrateSqliteAsync(CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenRawAsync(cancellationToken);
        // WAL lets the delivery loop read while ingestion writes; the mode is stored in the file.
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));
        return await MigrationRunner.ApplyAsync(connection, Migrations.All, _clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>Under a session advisory lock: workers starting together wait for the first one's migration, then find nothing to do.</summary>
    private async Task<IReadOnlyList<Migration>> MigratePostgresAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenRawAsync(cancellationToken);
        var key = new { key = AdvisoryLocks.Migrate };
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key);", key, cancellationToken: cancellationToken));
        try
        {
            return await MigrationRunner.ApplyAsync(connection, PostgresMigrations.All, _clock.GetUtcNow(), cancellationToken);
        }
        finally
        {
            // Closing the connection would release it too; unlocking keeps a pooled connection clean.
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@key);", key, cancellationToken: CancellationToken.None));
        }
    }

    private async Task<DbConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_migrated ? _sqliteExisting : _sqliteConnectionString);
        await connection.OpenAsync(cancellationToken);
        // Per connection: NORMAL is durable in WAL mode (a commit survives a crash of the process; only power loss may lose
        // the last ones); 16 MiB of page cache (the default is 2 MiB) keeps the hot indexes of a merge in memory;
        // temporary sorts stay in memory.
        await connection.ExecuteAsync(new CommandDefinition(
            "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY;",
            cancellationToken: cancellationToken));
        return connection;
    }
}
