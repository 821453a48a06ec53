using AlertBot.Storage;
using AlertBot.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;

namespace AlertBot.Tests.Storage;

[Trait(TestPostgres.Requires, TestPostgres.PostgreSQL)]
public sealed class PostgresMigrationTests : IDisposable
{
    private readonly TestStore _store = new(StorageProvider.Postgres);

    [Fact]
    public async Task MigrateAsync_TwoWorkersStartingTogether_MigrateOnce()
    {
        await using var first = NewDatabase();
        await using var second = NewDatabase();

        await Task.WhenAll(first.MigrateAsync(CancellationToken.None), second.MigrateAsync(CancellationToken.None));

        await using var connection = await first.OpenAsync(CancellationToken.None);
        var versions = await connection.QueryAsync<long>("SELECT version FROM schema_version ORDER BY version;");
        Assert.Equal(PostgresMigrations.All.Select(m => (long)m.Version), versions);
    }

    [Fact]
    public async Task MigrateAsync_SameSchemaAsSqlite_EveryTableAndColumn()
    {
        await using var postgres = NewDatabase();
        await using var pg = await postgres.OpenAsync(CancellationToken.None);
        var sqlitePath = _store.Folder.File("twin.db");
        await using (var sqliteDatabase = new Database(Options.Create(new StorageOptions { DatabasePath = sqlitePath }), TimeProvider.System, NullLogger<Database>.Instance))
        {
            await sqliteDatabase.MigrateAsync(CancellationToken.None);
        }

        await using var sqlite = new SqliteConnection($"Data Source={sqlitePath}");
        var sqliteColumns = (await sqlite.QueryAsync<string>("""
            SELECT m.name || '.' || c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%';
            """)).ToHashSet();
        var postgresColumns = (await pg.QueryAsync<string>("""
            SELECT table_name || '.' || column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name NOT LIKE 'qrtz_%';
            """)).ToHashSet();

        // PostgreSQL has no rowid: development_places keeps its write order in seq.
        postgresColumns.Remove("development_places.seq");
        Assert.Equal(sqliteColumns.Order(), postgresColumns.Order());
    }

    [Fact]
    public async Task MigrateAsync_QuartzTables_SameColumnsAsTheSchemaQuartzShips()
    {
        await using var database = NewDatabase();
        await using var connection = (NpgsqlConnection)await database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("CREATE SCHEMA shipped;");
        foreach (var statement in ShippedQuartzSchema().Split("\n--;;\n"))
        {
            await connection.ExecuteAsync(statement.Replace("{0}", "shipped." + QuartzTables.Prefix, StringComparison.Ordinal).Replace("{1}", "shipped_", StringComparison.Ordinal));
        }

        var ours = await ColumnsAsync(connection, "public");
        var shipped = await ColumnsAsync(connection, "shipped");

        Assert.Contains(ours, c => c.StartsWith("qrtz_triggers.misfire_threshold bigint YES", StringComparison.Ordinal));
        // The execution-history tables serve only UseExecutionHistory(), which the bot does not use.
        var history = new[] { "qrtz_execution_history", "qrtz_misfire_history", "qrtz_job_status" };
        Assert.Equal(shipped.Where(c => !history.Any(h => c.StartsWith(h + ".", StringComparison.Ordinal))), ours);
    }

    private static async Task<List<string>> ColumnsAsync(NpgsqlConnection connection, string schema) =>
        (await connection.QueryAsync<string>("""
            SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || COALESCE(column_default, '')
            FROM information_schema.columns WHERE table_schema = @schema AND table_name LIKE 'qrtz\_%'
            ORDER BY table_name, column_name;
            """, new { schema })).ToList();

    private static string ShippedQuartzSchema()
    {
        using var stream = typeof(IScheduler).Assembly.GetManifestResourceStream("Quartz.Impl.AdoJobStore.Schema.create_postgres.sql")
            ?? throw new InvalidOperationException("Quartz.dll no longer embeds create_postgres.sql: compare QuartzTables with the new release's script.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private Database NewDatabase() => new(Options.Create(_store.Options), TimeProvider.System, NullLogger<Database>.Instance);

    public void Dispose() => _store.Dispose();
}
