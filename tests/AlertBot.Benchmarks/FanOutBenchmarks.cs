using System.Diagnostics;
using AlertBot.Storage;
using AlertBot.Tests.Fakes;
using AlertBot.Tests.Support;
using AlertBot.Tests.Telegram;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AlertBot.Benchmarks;

/// <summary>
/// One alert fanned out to 3,000 subscribers through the real worker (pipeline → outbox → dispatcher →
/// Telegram transport) against the fake Bot API enforcing Telegram's 30 messages/s. The floor is 100 s
/// (3,000 / 30); the goal is at most 105 s with no 429. Each invocation prints its own line:
/// "// fan-out (Sqlite): 3000 alerts to 3000 chats in 100.4 s, each chat's alert p50 50.2 s p99 99.4 s after it was made, 0 x 429",
/// once per provider (PostgreSQL: the server in ALERTBOT_TEST_POSTGRES, else a throw-away one, see README).
/// dotnet run -c Release --project tests/AlertBot.Benchmarks -- --filter '*FanOut*'
/// (BenchmarkDotNet runs each twice: once to JIT, once measured, so allow about 8 minutes.)
/// </summary>
[Config(typeof(SingleRun))]
// The suite's default job (Program.cs) would otherwise lend its 3 warmups and 10 iterations: 22 minutes.
[WarmupCount(0)]
[IterationCount(1)]
public class FanOutBenchmarks
{
    private FakeBotApi _api = null!;
    private TelegramTestHost _host = null!;
    private string _folder = "";
    private Stopwatch _watch = new();
    private DateTimeOffset _made;

    private string? _postgres;

    [Params(3000)]
    public int Subscribers { get; set; }

    [Params(StorageProvider.Sqlite, StorageProvider.Postgres)]
    public StorageProvider Provider { get; set; }

    [IterationSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    [Benchmark]
    public void FanOutOneAlert() => FanOutAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "alertbot-fanout-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _api = await FakeBotApi.StartAsync(new FakeBotApiLimits());
        var database = Path.Combine(_folder, "fanout.db");
        _postgres = Provider == StorageProvider.Postgres ? TestPostgres.CreateDatabase() : null;
        _host = await TelegramTestHost.StartAsync(_api, database, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = Provider.ToString(),
            ["Storage:ConnectionString"] = _postgres,
            ["Delivery:PollSeconds"] = "1",
            ["Delivery:RetryBaseDelaySeconds"] = "2",
            ["Delivery:RetryMaxDelaySeconds"] = "60",
        });
        await using var connection = await _host.Get<Database>().OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(
            "INSERT INTO subscribers (chat_id, chat_type, active, subscribed_utc) VALUES (@chat, 'private', 1, @now);",
            Enumerable.Range(1, Subscribers).Select(i => new { chat = 1_000_000L + i, now = Iso.Format(DateTimeOffset.UtcNow) }),
            transaction);
        await transaction.CommitAsync();
    }

    private async Task FanOutAsync()
    {
        _made = DateTimeOffset.UtcNow;
        _watch = Stopwatch.StartNew();
        var outcome = await _host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        var expected = outcome.NewAlertIds.Count * Subscribers;
        if (expected == 0)
        {
            throw new InvalidOperationException("The benchmark article produced no alert.");
        }

        while (_api.Messages.Count < expected)
        {
            await Task.Delay(50);
        }

        _watch.Stop();
    }

    private async Task CleanupAsync()
    {
        var chats = _api.Messages.Select(m => m.ChatId).Distinct().Count();
        // How long after the alert was made each chat received it: the fan-out's latency distribution.
        var after = _api.Calls.Where(c => c.Method == "sendMessage" && c.Status == 200).Select(c => (c.At - _made).TotalSeconds).Order().ToList();
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"// fan-out ({Provider}): {_api.Messages.Count} alerts to {chats} chats in {_watch.Elapsed.TotalSeconds:F1} s, each chat's alert p50 {Percentile(after, 0.5):F1} s p99 {Percentile(after, 0.99):F1} s after it was made, {_api.RateLimitedCount} x 429"));
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_postgres is not null)
        {
            TestPostgres.DropDatabase(_postgres);
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>One cold run: the fan-out takes 100 s by design, repeating it would only repeat the pacing.</summary>
    private sealed class SingleRun : ManualConfig
    {
        public SingleRun() => AddJob(Job.Dry
            .WithStrategy(RunStrategy.ColdStart)
            .WithLaunchCount(1)
            .WithWarmupCount(0)
            .WithIterationCount(1)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
