using AlertBot.Storage;
using AlertBot.Telegram.Sending;
using AlertBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Telegram;

[Trait(TestPostgres.Requires, TestPostgres.PostgreSQL)]
public sealed class SharedRateSlotsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 12, 8, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Global = TimeSpan.FromMilliseconds(40);
    private static readonly TimeSpan PerChat = TimeSpan.FromSeconds(1);
    private readonly TestStore _store = new(StorageProvider.Postgres);
    private readonly List<Database> _databases = [];

    [Fact]
    public async Task TryBookAsync_ThreeWorkersAtOnce_OneGlobalQueueOfDistinctSlots()
    {
        var workers = Enumerable.Range(0, 3).Select(_ => NewWorker()).ToList();

        var bookings = await Task.WhenAll(workers.SelectMany((w, i) => Enumerable.Range(0, 30).Select(n =>
            w.TryBookAsync(1000 * i + n, PerChat, Global, Now, CancellationToken.None))));

        Assert.All(bookings, b => Assert.True(b.Booked));
        var slots = bookings.Select(b => (long)b.Wait.TotalMilliseconds).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 90).Select(n => n * 40L), slots);
    }

    [Fact]
    public async Task TryBookAsync_SameChatFromTwoWorkers_SecondWaitsTheChatInterval()
    {
        var first = NewWorker();
        var second = NewWorker();

        var booked = await first.TryBookAsync(7, PerChat, Global, Now, CancellationToken.None);
        var refused = await second.TryBookAsync(7, PerChat, Global, Now.AddMilliseconds(100), CancellationToken.None);
        var later = await second.TryBookAsync(7, PerChat, Global, Now.AddSeconds(1), CancellationToken.None);

        Assert.Equal(new RateBooking(true, TimeSpan.Zero), booked);
        Assert.Equal(new RateBooking(false, TimeSpan.FromMilliseconds(900)), refused);
        Assert.True(later.Booked);
    }

    [Fact]
    public async Task PauseAsync_GlobalAfterA429_EveryWorkerWaits()
    {
        var penalized = NewWorker();
        var other = NewWorker();

        await penalized.PauseAsync(1, global: true, Now.AddSeconds(3), CancellationToken.None);

        Assert.Equal(new RateBooking(false, TimeSpan.FromSeconds(3)), await other.TryBookAsync(2, PerChat, Global, Now, CancellationToken.None));
        Assert.True((await other.TryBookAsync(2, PerChat, Global, Now.AddSeconds(3), CancellationToken.None)).Booked);
    }

    [Fact]
    public async Task PauseAsync_OneChat_OtherChatsGoOn()
    {
        var worker = NewWorker();

        await worker.PauseAsync(1, global: false, Now.AddSeconds(5), CancellationToken.None);

        Assert.False((await worker.TryBookAsync(1, PerChat, Global, Now, CancellationToken.None)).Booked);
        Assert.True((await worker.TryBookAsync(2, PerChat, Global, Now, CancellationToken.None)).Booked);
    }

    private SharedRateSlots NewWorker()
    {
        var database = new Database(Options.Create(_store.Options), TimeProvider.System, NullLogger<Database>.Instance);
        _databases.Add(database);
        return new SharedRateSlots(database);
    }

    public void Dispose()
    {
        _databases.ForEach(d => d.Dispose());
        _store.Dispose();
    }
}
