using System.Collections.Concurrent;
using AlertBot.Storage;
using AlertBot.Tests.Support;
using AlertBot.Tests.Telegram;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
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

        await TerminateLockHolderAsync();

        await Eventually.TrueAsync(() => _running.Started == 2 && !leader.IsLeader, "the standby running the probe and the old leader stopped");
        Assert.Equal(1, _running.Count);
    }

    [Fact]
    public async Task ExecuteAsync_LeaderLosesItsConnection_SitsOutTwoHeartbeatsBeforeItCompetesAgain()
    {
        // Competing again at once, the worker whose connection just failed often beat a standby that tries once a
        // heartbeat, and took the service straight back (the test above timed out so under load). Alone here, it must
        // wait, and then come back.
        var clock = new TimerWatchingClock();
        await using var workers = new Workers(this, 1, clock);
        await Eventually.TrueAsync(() => _running.Count == 1 && clock.Timers(SingleWorkerService<Probe>.Heartbeat) == 1, "the leader's first heartbeat due");
        var worker = workers.Leader();
        await TerminateLockHolderAsync();

        clock.Advance(SingleWorkerService<Probe>.Heartbeat);

        await Eventually.TrueAsync(() => clock.Timers(SingleWorkerService<Probe>.Heartbeat * 2) == 1 || _running.Started > 1, "the old leader pausing or competing again");
        Assert.Equal((1, 0, false), (_running.Started, _running.Count, worker.IsLeader));
        clock.Advance(SingleWorkerService<Probe>.Heartbeat * 2);
        await Eventually.TrueAsync(() => _running.Started == 2 && worker.IsLeader, "the lone worker running the probe again");
    }

    public void Dispose() => _store.Dispose();

    /// <summary>What the database sees of a worker that was killed: its session ends, and its locks with it.</summary>
    private async Task TerminateLockHolderAsync()
    {
        await using var admin = new NpgsqlConnection(_store.Options.ConnectionString);
        await admin.OpenAsync();
        var terminated = await admin.QueryAsync<bool>(new CommandDefinition(
            """
            SELECT pg_terminate_backend(pid) FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND classid = @high AND objid = @low AND objsubid = 1
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database());
            """,
            new { high = Key >> 32, low = Key & 0xFFFF_FFFF }));
        Assert.Equal([true], terminated);
    }

    /// <summary>A fake clock that counts the timers asked of it by due time, so a test knows what a worker waits for.</summary>
    private sealed class TimerWatchingClock : FakeTimeProvider
    {
        private readonly ConcurrentDictionary<TimeSpan, int> _timers = new();

        public int Timers(TimeSpan dueTime) => _timers.GetValueOrDefault(dueTime);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            _timers.AddOrUpdate(dueTime, 1, (_, n) => n + 1);
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }

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

        public Workers(SingleWorkerServiceTests test, int count, TimeProvider? clock = null)
        {
            for (var i = 0; i < count; i++)
            {
                var services = new ServiceCollection()
                    .AddSingleton(test._running)
                    .AddSingleton(clock ?? TimeProvider.System)
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
