using System.Diagnostics;
using AlertBot.Alerts;
using AlertBot.Chat;
using AlertBot.Detection;
using AlertBot.Detection.Places;
using AlertBot.Storage;
using AlertBot.Tests.Support;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace AlertBot.Benchmarks;

/// <summary>
/// <see cref="QueryBenchmark"/> on PostgreSQL: the same synthetic year of developments (its generator), the same calls
/// timed the same way, next to an empty store. The store is a database on the server kept by size and schema version.
/// </summary>
internal static class PostgresQueryBenchmark
{
    private const string Busy = "London";
    private const string Quiet = "Aleppo";
    private const string None = "Springfield";

    public static async Task<int> RunAsync(int developments, int calls)
    {
        var engine = new DetectionEngine(Gazetteer.LoadDefault());
        var busy = engine.Gazetteer.Lookup(Busy).Matches[0];
        var quiet = engine.Gazetteer.Lookup(Quiet).Matches[0];
        var schema = PostgresMigrations.All.Max(m => m.Version);
        var name = $"alertbot_queries_{developments}_s{schema}_g1";
        var server = TestPostgres.ServerConnectionString;
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            if (await admin.ExecuteScalarAsync<int?>(new CommandDefinition("SELECT 1 FROM pg_database WHERE datname = @name;", new { name })) is null)
            {
                var watch = Stopwatch.StartNew();
                var building = name + "_building";
                await admin.ExecuteAsync(new CommandDefinition($"DROP DATABASE IF EXISTS {building} WITH (FORCE);"));
                await admin.ExecuteAsync(new CommandDefinition($"CREATE DATABASE {building};"));
                await BuildAsync(new NpgsqlConnectionStringBuilder(server) { Database = building }.ConnectionString, developments, busy.GeonameId, quiet.GeonameId);
                NpgsqlConnection.ClearAllPools();
                // Renamed once complete, so an interrupted build is never measured.
                await admin.ExecuteAsync(new CommandDefinition($"ALTER DATABASE {building} RENAME TO {name};"));
                Console.WriteLine($"// built PostgreSQL database {name}: {developments:N0} developments in {watch.Elapsed.TotalSeconds:F0} s");
            }
        }

        var emptyConnection = TestPostgres.CreateDatabase();
        await using var database = Open(connectionString);
        await using var empty = Open(emptyConnection);
        try
        {
            await using (var connection = await database.OpenAsync(CancellationToken.None))
            {
                Console.WriteLine($"// {await connection.ExecuteScalarAsync<string>(new CommandDefinition("SELECT version();"))}");
                foreach (var (label, sql, parameters) in new (string, string, object)[]
                {
                    ("/latest", AlertQueries.LatestSql, new { count = 10 }),
                    ("/city", AlertQueries.ForPlaceSql, new { geonameId = busy.GeonameId, count = 10 }),
                })
                {
                    var plan = await connection.QueryAsync<string>(new CommandDefinition("EXPLAIN " + sql, parameters));
                    Console.WriteLine($"// plan {label}: {string.Join(" | ", plan.Select(p => p.Trim()))}");
                }
            }

            var cases = new List<QueryBenchmark.Case>();
            foreach (var (store, label) in new[] { (database, ""), (empty, " [empty store]") })
            {
                var queries = new AlertQueries(store);
                var city = new CityQuery(engine, queries, Options.Create(new AlertsOptions()));
                cases.Add(new("/latest" + label, async () => (await queries.LatestAsync(10, CancellationToken.None)).Count));
                cases.Add(new($"/city {Busy} (busy){label}", async () => (await city.AnswerAsync(Busy, CancellationToken.None)).Alerts.Count));
                cases.Add(new($"/city {Quiet} (quiet){label}", async () => (await city.AnswerAsync(Quiet, CancellationToken.None)).Alerts.Count));
                cases.Add(new($"/city {None} (none){label}", async () => (await city.AnswerAsync(None, CancellationToken.None)).Alerts.Count));
            }

            await QueryBenchmark.MeasureAsync(cases, calls);
        }
        finally
        {
            await empty.DisposeAsync();
            TestPostgres.DropDatabase(emptyConnection);
        }

        return 0;
    }

    private static Database Open(string connectionString) =>
        new(Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = connectionString }), TimeProvider.System, NullLogger<Database>.Instance);

    /// <summary>The app's migrations, then the rows by binary COPY (the place triggers copy the alert columns as they go).</summary>
    private static async Task BuildAsync(string connectionString, int count, long busy, long quiet)
    {
        await using (var database = Open(connectionString))
        {
            await database.MigrateAsync(CancellationToken.None);
        }

        var summary = new string('s', 250);
        var key = new string('k', 200);
        var rows = QueryBenchmark.Developments(count, busy, quiet).ToList();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var developments = await connection.BeginBinaryImportAsync(
            "COPY developments (id, headline, summary, action, certainty, significance, is_alert, match_key, first_seen_utc, updated_utc, confirmations) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var d in rows)
            {
                await developments.StartRowAsync();
                await developments.WriteAsync(d.Id, NpgsqlDbType.Bigint);
                await developments.WriteAsync(QueryBenchmark.Headline, NpgsqlDbType.Text);
                await developments.WriteAsync(summary, NpgsqlDbType.Text);
                await developments.WriteAsync("Attack", NpgsqlDbType.Text);
                await developments.WriteAsync("Confirmed", NpgsqlDbType.Text);
                await developments.WriteAsync(d.Significance, NpgsqlDbType.Double);
                await developments.WriteAsync(d.IsAlert, NpgsqlDbType.Bigint);
                await developments.WriteAsync(key, NpgsqlDbType.Text);
                await developments.WriteAsync(d.Seen, NpgsqlDbType.Text);
                await developments.WriteAsync(d.Seen, NpgsqlDbType.Text);
                await developments.WriteAsync(1L, NpgsqlDbType.Bigint);
            }

            await developments.CompleteAsync();
        }

        await using (var places = await connection.BeginBinaryImportAsync(
            "COPY development_places (development_id, geoname_id, name, country, latitude, longitude) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var d in rows)
            {
                foreach (var p in d.Places.Distinct())
                {
                    await places.StartRowAsync();
                    await places.WriteAsync(d.Id, NpgsqlDbType.Bigint);
                    await places.WriteAsync(p, NpgsqlDbType.Bigint);
                    await places.WriteAsync("Somewhere", NpgsqlDbType.Text);
                    await places.WriteAsync("ZZ", NpgsqlDbType.Text);
                    await places.WriteAsync(10.0, NpgsqlDbType.Double);
                    await places.WriteAsync(20.0, NpgsqlDbType.Double);
                }
            }

            await places.CompleteAsync();
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT setval(pg_get_serial_sequence('developments', 'id'), (SELECT MAX(id) FROM developments)); ANALYZE;", commandTimeout: 600));
    }
}
