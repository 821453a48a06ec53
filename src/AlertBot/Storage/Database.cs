using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Storage;

/// <summary>The SQLite file: opens connections and brings the schema up to date once per process.</summary>
public sealed class Database(IOptions<StorageOptions> options, TimeProvider clock, ILogger<Database> logger)
{
    private readonly string _connectionString = BuildConnectionString(options.Value.DatabasePath);
    private readonly SemaphoreSlim _migrateLock = new(1, 1);
    private volatile bool _migrated;

    public string Path { get; } = System.IO.Path.GetFullPath(options.Value.DatabasePath);

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken);
        }

        return await OpenRawAsync(cancellationToken);
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

            var folder = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = await OpenRawAsync(cancellationToken);
            // WAL lets the delivery loop read while ingestion writes; the mode is stored in the file.
            await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));
            var applied = await MigrationRunner.ApplyAsync(connection, Migrations.All, clock.GetUtcNow(), cancellationToken);
            foreach (var migration in applied)
            {
                logger.LogInformation("Applied schema migration {Version} ({Name}) to {Database}", migration.Version, migration.Name, Path);
            }

            _migrated = true;
        }
        finally
        {
            _migrateLock.Release();
        }
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;", cancellationToken: cancellationToken));
        return connection;
    }

    private static string BuildConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();
}
