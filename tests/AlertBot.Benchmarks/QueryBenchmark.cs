using System.Diagnostics;
using System.Globalization;
using AlertBot.Alerts;
using AlertBot.Chat;
using AlertBot.Detection;
using AlertBot.Detection.Places;
using AlertBot.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlertBot.Benchmarks;

/// <summary>
/// /latest and /city over a large store, timed per call (BenchmarkDotNet averages an iteration; a percentile
/// needs each call): p50 and p99 of <see cref="AlertQueries.LatestAsync"/> and of <see cref="CityQuery.AnswerAsync"/>
/// for a busy place, a quiet one and a place with none, with the query plans the database chose.
/// dotnet run -c Release --project tests/AlertBot.Benchmarks -- queries [--developments 1000000] [--calls 1000] [--db PATH]
///     [--provider Postgres] (the server in ALERTBOT_TEST_POSTGRES, else a throw-away one started with .ci/pg-start)
/// The synthetic store is built once with the app's own migrations and kept (by size and schema version: a file in the
/// temp folder, or a database on the server), so a second run starts measuring at once.
/// </summary>
internal static class QueryBenchmark
{
    private const string Busy = "London";
    private const string Quiet = "Aleppo";
    private const string None = "Springfield";

    /// <summary>Bumped when the generated data changes, so a kept store from an older generator is rebuilt.</summary>
    private const int GeneratorVersion = 1;

    public static async Task<int> RunAsync(string[] args)
    {
        var developments = IntOption(args, "--developments", 1_000_000);
        var calls = IntOption(args, "--calls", 1_000);
        if (Enum.TryParse<StorageProvider>(StringOption(args, "--provider"), ignoreCase: true, out var provider) && provider == StorageProvider.Postgres)
        {
            return await PostgresQueryBenchmark.RunAsync(developments, calls);
        }

        var schema = Migrations.All.Max(m => m.Version);
        var path = StringOption(args, "--db")
            ?? Path.Combine(Path.GetTempPath(), $"alertbot-queries-{developments}-s{schema}-g{GeneratorVersion}.db");

        var engine = new DetectionEngine(Gazetteer.LoadDefault());
        var busy = engine.Gazetteer.Lookup(Busy).Matches[0];
        var quiet = engine.Gazetteer.Lookup(Quiet).Matches[0];
        var database = new Database(Options.Create(new StorageOptions { DatabasePath = path }), TimeProvider.System, NullLogger<Database>.Instance);
        if (!File.Exists(path))
        {
            // Built under another name and moved into place, so an interrupted build is never measured.
            var watch = Stopwatch.StartNew();
            var building = path + ".building";
            File.Delete(building);
            var builder = new Database(Options.Create(new StorageOptions { DatabasePath = building }), TimeProvider.System, NullLogger<Database>.Instance);
            await builder.MigrateAsync(CancellationToken.None);
            await GenerateAsync(builder, developments, busy.GeonameId, quiet.GeonameId);
            SqliteConnection.ClearAllPools();
            File.Delete(building + "-wal");
            File.Delete(building + "-shm");
            File.Move(building, path);
            Console.WriteLine($"// built {path}: {developments:N0} developments in {watch.Elapsed.TotalSeconds:F0} s");
        }

        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            var counts = await connection.QuerySingleAsync<(long Developments, long Alerts, long BusyAlerts, long QuietAlerts)>("""
                SELECT (SELECT COUNT(*) FROM developments), (SELECT COUNT(*) FROM developments WHERE is_alert = 1),
                       (SELECT COUNT(*) FROM development_places p JOIN developments d ON d.id = p.development_id WHERE p.geoname_id = @busy AND d.is_alert = 1),
                       (SELECT COUNT(*) FROM development_places p JOIN developments d ON d.id = p.development_id WHERE p.geoname_id = @quiet AND d.is_alert = 1);
                """, new { busy = busy.GeonameId, quiet = quiet.GeonameId });
            Console.WriteLine($"// store: {counts.Developments:N0} developments, {counts.Alerts:N0} alerts; {Busy}: {counts.BusyAlerts:N0} alerts, {Quiet}: {counts.QuietAlerts:N0}, {None}: 0");
            foreach (var (name, sql, parameters) in Plans(busy.GeonameId))
            {
                var plan = await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql, parameters);
                Console.WriteLine($"// plan {name}: {string.Join(" | ", plan.Select(p => p.Detail))}");
            }
        }

        // The same calls on an empty store, interleaved with the real ones: on a shared, noisy machine its p99 is the
        // floor (scheduling, GC) that no index can go below.
        var emptyPath = Path.Combine(Path.GetTempPath(), $"alertbot-queries-empty-{Guid.NewGuid():N}.db");
        var empty = new Database(Options.Create(new StorageOptions { DatabasePath = emptyPath }), TimeProvider.System, NullLogger<Database>.Instance);
        await empty.MigrateAsync(CancellationToken.None);
        var cases = new List<Case>();
        foreach (var (store, label) in new[] { (database, ""), (empty, " [empty store]") })
        {
            var queries = new AlertQueries(store);
            var city = new CityQuery(engine, queries, Options.Create(new AlertsOptions()));
            cases.Add(new Case("/latest" + label, async () => (await queries.LatestAsync(10, CancellationToken.None)).Count));
            cases.Add(new Case($"/city {Busy} (busy){label}", async () => (await city.AnswerAsync(Busy, CancellationToken.None)).Alerts.Count));
            cases.Add(new Case($"/city {Quiet} (quiet){label}", async () => (await city.AnswerAsync(Quiet, CancellationToken.None)).Alerts.Count));
            cases.Add(new Case($"/city {None} (none){label}", async () => (await city.AnswerAsync(None, CancellationToken.None)).Alerts.Count));
        }

        try
        {
            await MeasureAsync(cases, calls);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(emptyPath + suffix);
            }
        }

        return 0;
    }

    /// <summary>The product's own statements, so the plans printed are the plans it runs.</summary>
    private static IEnumerable<(string Name, string Sql, object Parameters)> Plans(long busy) =>
    [
        ("/latest", AlertQueries.LatestSql, new { count = 10 }),
        ("/city", AlertQueries.ForPlaceSql, new { geonameId = busy, count = 10 }),
    ];

    /// <summary>Round-robin over the cases, so a burst of load from elsewhere falls on all of them alike.</summary>
    public static async Task MeasureAsync(List<Case> cases, int calls)
    {
        var listed = new int[cases.Count];
        for (var i = 0; i < Math.Max(20, calls / 10); i++)
        {
            for (var c = 0; c < cases.Count; c++)
            {
                listed[c] = await cases[c].Call();
            }
        }

        var times = cases.Select(_ => new double[calls]).ToArray();
        var collections = GC.CollectionCount(0);
        for (var i = 0; i < calls; i++)
        {
            for (var c = 0; c < cases.Count; c++)
            {
                var start = Stopwatch.GetTimestamp();
                await cases[c].Call();
                times[c][i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        Console.WriteLine($"// {calls} calls each, interleaved; {GC.CollectionCount(0) - collections} gen-0 collections meanwhile");
        Console.WriteLine($"{"query",-40} {"p50 ms",8} {"p99 ms",8} {"max ms",8}  listed");
        for (var c = 0; c < cases.Count; c++)
        {
            Array.Sort(times[c]);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{cases[c].Name,-40} {Percentile(times[c], 0.50),8:F2} {Percentile(times[c], 0.99),8:F2} {times[c][^1],8:F2}  {listed[c]}"));
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>
    /// A year of developments in arrival order (a few back-dated), 30% alerts, one or two places each: the busy place
    /// in 4%, the quiet place in 12 over the year, the rest spread over 20,000 other places by a Zipf-like law.
    /// </summary>
    public static IEnumerable<(long Id, double Significance, long IsAlert, string Seen, long[] Places)> Developments(int count, long busy, long quiet)
    {
        var random = new Random(42);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var step = TimeSpan.FromDays(365) / count;
        var quietAt = Enumerable.Range(0, 12).Select(i => (long)(count / 12.0 * i) + random.Next(count / 12)).ToHashSet();
        for (long i = 0; i < count; i++)
        {
            var backdated = random.NextDouble() < 0.01 ? TimeSpan.FromHours(random.Next(1, 24 * 7)) : TimeSpan.Zero;
            var significance = 0.3 + (random.NextDouble() * 0.7);
            var alert = random.NextDouble() < 0.3 || quietAt.Contains(i) ? 1 : 0;
            var seen = Iso.Format(start + (step * i) - backdated);
            var first = quietAt.Contains(i) ? quiet : random.NextDouble() < 0.04 ? busy : Filler(random);
            long[] places = random.NextDouble() < 0.2 ? [first, Filler(random)] : [first];
            yield return (i + 1, significance, alert, seen, places);
        }
    }

    public static readonly string Headline = new('h', 80);

    private static async Task GenerateAsync(Database database, int count, long busy, long quiet)
    {
        var summary = new string('s', 250);
        var key = new string('k', 200);
        await using var connection = (SqliteConnection)await database.OpenAsync(CancellationToken.None);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var development = connection.CreateCommand();
        development.Transaction = transaction;
        development.CommandText = """
            INSERT INTO developments (id, headline, summary, action, actor, certainty, significance, is_alert, match_key, first_seen_utc, updated_utc, confirmations)
            VALUES ($id, $headline, $summary, 'Attack', NULL, 'Confirmed', $significance, $alert, $key, $seen, $seen, 1);
            """;
        var id = development.Parameters.Add("$id", SqliteType.Integer);
        development.Parameters.AddWithValue("$headline", Headline);
        development.Parameters.AddWithValue("$summary", summary);
        var significance = development.Parameters.Add("$significance", SqliteType.Real);
        var alert = development.Parameters.Add("$alert", SqliteType.Integer);
        development.Parameters.AddWithValue("$key", key);
        var seen = development.Parameters.Add("$seen", SqliteType.Text);
        await using var place = connection.CreateCommand();
        place.Transaction = transaction;
        place.CommandText = """
            INSERT OR IGNORE INTO development_places (development_id, geoname_id, name, country, latitude, longitude)
            VALUES ($id, $geoname, 'Somewhere', 'ZZ', 10.0, 20.0);
            """;
        var placeOf = place.Parameters.Add("$id", SqliteType.Integer);
        var geoname = place.Parameters.Add("$geoname", SqliteType.Integer);

        foreach (var d in Developments(count, busy, quiet))
        {
            id.Value = d.Id;
            significance.Value = d.Significance;
            alert.Value = d.IsAlert;
            seen.Value = d.Seen;
            await development.ExecuteNonQueryAsync();

            placeOf.Value = d.Id;
            foreach (var p in d.Places)
            {
                geoname.Value = p;
                await place.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
    }

    /// <summary>Ids outside the gazetteer's range, so no named place is hit by chance.</summary>
    private static long Filler(Random random) => 900_000_000 + (long)Math.Floor(Math.Pow(20_000, random.NextDouble()));

    public sealed record Case(string Name, Func<Task<int>> Call);

    private static int IntOption(string[] args, string name, int fallback) =>
        StringOption(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? StringOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
