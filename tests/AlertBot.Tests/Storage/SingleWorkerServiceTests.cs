using AlertBot.Storage;
using AlertBot.Tests.Support;
using AlertBot.Tests.Telegram;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AlertBot.Tests.Storage;

[Trait(TestPostgres.Requires, TestPostgres.PostgreSQL)]
public sealed class SingleWorkerServiceTests : IDisposable
{
    private const long Key = 0x7465_7374_0000_0001;
    private readonly TestStore _store = new(StorageProvider.Postgres);
    private readonly RunningProbes _running = new();

    [Fact]
    public async Task ExecuteAsync_ThreeWorkers_ExactlyOneRunsTheService()
    {
        await using var workers = new Workers(this, 3);

        await Eventually.TrueAsync(() => _running.Count == 1, "one worker running the probe");
        await Task.Delay(SingleWorkerService<Probe>.Heartbeat * 2);

        Assert.Equal(1, _running.Count);
        Assert.Equal(1, _running.Started);
    }

    [Fact]
    public async Task ExecuteAsync_LeaderStops_AStandbyTakesOver()
    {
        await using var workers = new Workers(this, 2);
        await Eventually.TrueAsync(() => _running.Count == 1, "one worker running the probe");
        var leader = workers.Leader();

        await leader.StopAsync(CancellationToken.None);

        await Eventually.TrueAsync(() => _running.Count == 1 && _running.Started == 2, "the standby running the probe", seconds: 45);
    }

    [Fact]
    public async Task ExecuteAsync_LeadersConnectionKilled_StandbyTakesOverAndTheOldLeaderStops()
    {
        await using var workers = new Workers(this, 2);
        await Eventually.TrueAsync(() => _running.Count == 1, "one worker running the probe");
        var leader = workers.Leader();

        // What the database sees of a worker that was killed: its session ends, and its locks with it.
        await using (var admin = new NpgsqlConnection(_store.Options.ConnectionString))
        {
            await admin.OpenAsync();
            var terminated = await admin.QueryAsync<bool>(new CommandDefinition(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = @low;",
                new { low = (long)(Key & 0xFFFF_FFFF) }));
            Assert.Equal([true], terminated);
        }

        await Eventually.TrueAsync(() => _running.Started == 2 && !leader.IsLeader, "the standby running the probe and the old leader stopped", seconds: 45);
        Assert.Equal(1, _running.Count);
    }

    public void Dispose() => _store.Dispose();

    /// <summary>The hosted service being elected: counts how many instances run at once.</summary>
    public sealed class Probe(RunningProbes running) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            running.Start();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            running.Stop();
            return Task.CompletedTask;
        }
    }

    public sealed class RunningProbes
    {
        private int _count;
        private int _started;

        public int Count => Volatile.Read(ref _count);

        public int Started => Volatile.Read(ref _started);

        public void Start()
        {
            Interlocked.Increment(ref _started);
            Interlocked.Increment(ref _count);
        }

        public void Stop() => Interlocked.Decrement(ref _count);
    }

    /// <summary>Workers sharing the test's database, each with its own services (its own connection pool).</summary>
    private sealed class Workers : IAsyncDisposable
    {
        private readonly List<(ServiceProvider Services, SingleWorkerService<Probe> Election)> _workers = [];

        public Workers(SingleWorkerServiceTests test, int count)
        {
            for (var i = 0; i < count; i++)
            {
                var services = new ServiceCollection()
                    .AddSingleton(test._running)
                    .AddSingleton(TimeProvider.System)
                    .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
                    .AddSingleton(Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = test._store.Options.ConnectionString + ";Application Name=worker" + i }))
                    .AddSingleton<Database>()
                    .BuildServiceProvider();
                var election = ActivatorUtilities.CreateInstance<SingleWorkerService<Probe>>(services, Key);
                election.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
                _workers.Add((services, election));
            }
        }

        public SingleWorkerService<Probe> Leader() => Assert.Single(_workers, w => w.Election.IsLeader).Election;

        public async ValueTask DisposeAsync()
        {
            foreach (var (services, election) in _workers)
            {
                await election.StopAsync(CancellationToken.None);
                election.Dispose();
                await services.DisposeAsync();
            }
        }
    }
}
