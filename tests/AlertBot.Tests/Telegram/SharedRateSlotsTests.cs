using AlertBot.Storage;
using AlertBot.Telegram.Sending;
using AlertBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Tests.Telegram;

/// <summary>Run once per provider (<see cref="SharedRateSlotsSqliteTests"/>, <see cref="SharedRateSlotsPostgresTests"/>).</summary>
public abstract class SharedRateSlotsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 12, 8, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Global = TimeSpan.FromMilliseconds(40);
    private static readonly TimeSpan PerChat = TimeSpan.FromSeconds(1);
    private readonly TestStore _store;
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly List<Database> _databases = [];

    protected SharedRateSlotsTests(StorageProvider provider) => _store = new TestStore(provider);

    [Fact]
    public async Task TryBookAsync_ThreeWorkersAtOnce_OneGlobalQueueOfDistinctSlots()
    {
        var workers = Enumerable.Range(0, 3).Select(_ => NewWorker()).ToList();

        var bookings = await Task.WhenAll(workers.SelectMany((w, i) => Enumerable.Range(0, 30).Select(n =>
            w.TryBookAsync(1000 * i + n, PerChat, Global, CancellationToken.None))));

        Assert.All(bookings, b => Assert.True(b.Booked));
        var slots = bookings.Select(b => (long)b.Wait.TotalMilliseconds).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 90).Select(n => n * 40L), slots);
    }

    [Fact]
    public async Task TryBookAsync_GlobalQueueFellBehind_NoSlotInThePast()
    {
        var worker = NewWorker();
        await worker.TryBookAsync(1, PerChat, Global, CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(10));
        var late = await worker.TryBookAsync(2, PerChat, Global, CancellationToken.None);
        var next = await worker.TryBookAsync(3, PerChat, Global, CancellationToken.None);

        Assert.Equal(new RateBooking(true, TimeSpan.Zero, Now.AddSeconds(10)), late);
        Assert.Equal(new RateBooking(true, Global, Now.AddSeconds(10) + Global), next);
    }

    [Fact]
    public async Task TryBookAsync_SameChatFromTwoWorkers_SecondWaitsTheChatInterval()
    {
        var first = NewWorker();
        var second = NewWorker();

        var booked = await first.TryBookAsync(7, PerChat, Global, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        var refused = await second.TryBookAsync(7, PerChat, Global, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(900));
        var later = await second.TryBookAsync(7, PerChat, Global, CancellationToken.None);

        Assert.Equal(new RateBooking(true, TimeSpan.Zero, Now), booked);
        Assert.Equal(new RateBooking(false, TimeSpan.FromMilliseconds(900), null), refused);
        Assert.True(later.Booked);
    }

    [Fact]
    public async Task PauseAsync_GlobalAfterA429_EveryWorkerWaits()
    {
        var penalized = NewWorker();
        var other = NewWorker();

        await penalized.PauseAsync(1, global: true, Now.AddSeconds(3), CancellationToken.None);

        Assert.Equal(new RateBooking(false, TimeSpan.FromSeconds(3), null), await other.TryBookAsync(2, PerChat, Global, CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(3));
        Assert.True((await other.TryBookAsync(2, PerChat, Global, CancellationToken.None)).Booked);
    }

    [Fact]
    public async Task PauseAsync_OneChat_OtherChatsGoOn()
    {
        var worker = NewWorker();

        await worker.PauseAsync(1, global: false, Now.AddSeconds(5), CancellationToken.None);

        Assert.False((await worker.TryBookAsync(1, PerChat, Global, CancellationToken.None)).Booked);
        Assert.True((await worker.TryBookAsync(2, PerChat, Global, CancellationToken.None)).Booked);
    }

    private SharedRateSlots NewWorker()
    {
        var database = new Database(Options.Create(_store.Options), _clock, NullLogger<Database>.Instance);
        _databases.Add(database);
        return new SharedRateSlots(database, _clock);
    }

    public void Dispose()
    {
        _databases.ForEach(d => d.Dispose());
        _store.Dispose();
    }
}
