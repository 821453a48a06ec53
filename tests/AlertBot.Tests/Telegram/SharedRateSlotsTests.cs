using AlertBot.Storage;
using AlertBot.Telegram;
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
    private static readonly TimeSpan PerChat = TimeSpan.FromSeconds(1);
    private readonly TestStore _store;
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly List<Database> _databases = [];

    protected SharedRateSlotsTests(StorageProvider provider) => _store = new TestStore(provider);

    [Fact]
    public async Task TryBookAsync_ThreeWorkersAtOnce_OneGoesTheOthersWaitThePace()
    {
        var workers = Enumerable.Range(0, 3).Select(_ => NewWorker(perSecond: 25)).ToList();

        var bookings = await Task.WhenAll(workers.Select((w, i) => w.TryBookAsync(i + 1, PerChat, CancellationToken.None)));

        Assert.Single(bookings, b => b.Booked);
        Assert.All(bookings.Where(b => !b.Booked), b => Assert.Equal(RateBooking.Refused(40, forChat: false), b));
    }

    [Fact]
    public async Task TryBookAsync_SendsOnThePace_EachBookedOnePaceAfterTheLast()
    {
        var worker = NewWorker(perSecond: 25);
        for (var chat = 1; chat <= 10; chat++)
        {
            _clock.Advance(chat == 1 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(40));
            await BookAndFinishAsync(worker, chat);
        }

        _clock.Advance(TimeSpan.FromMilliseconds(20));
        Assert.Equal(RateBooking.Refused(20, forChat: false), await worker.TryBookAsync(11, PerChat, CancellationToken.None));
    }

    [Theory]
    [InlineData(10, 80)] // a little late (a stalled thread): the pace carries on from the slot it missed
    [InlineData(5000, 5080)] // after a lull: the pace starts afresh from this send
    public async Task TryBookAsync_SendLate_NextSlotKeepsThePaceOrStartsItAfresh(int lateMs, int nextMs)
    {
        var worker = NewWorker(perSecond: 25);
        await BookAndFinishAsync(worker, 1);
        _clock.Advance(TimeSpan.FromMilliseconds(40 + lateMs));

        await BookAndFinishAsync(worker, 2);
        var refused = await worker.TryBookAsync(3, PerChat, CancellationToken.None);

        Assert.Equal(RateBooking.Refused(nextMs - 40 - lateMs, forChat: false), refused);
    }

    [Fact]
    public async Task TryBookAsync_LimitOfSendsAnsweredWithinASecond_WaitsUntilTheOldestAnswerIsASecondOld()
    {
        // Five a second, each answered 150 ms after it went: the sixth may share a second at Telegram with all five.
        var worker = NewWorker(perSecond: 5);
        for (var chat = 1; chat <= 5; chat++)
        {
            var booking = await worker.TryBookAsync(chat, PerChat, CancellationToken.None);
            _clock.Advance(TimeSpan.FromMilliseconds(150));
            await worker.FinishAsync(booking.SendId, chat, PerChat, CancellationToken.None);
            _clock.Advance(TimeSpan.FromMilliseconds(50));
        }

        var refused = await worker.TryBookAsync(6, PerChat, CancellationToken.None);
        _clock.Advance(refused.Wait);
        var booked = await worker.TryBookAsync(6, PerChat, CancellationToken.None);

        // The first answer came at 150 ms (counted from 151, rounded up); it leaves the window at 1,152 ms.
        Assert.Equal(RateBooking.Refused(152, forChat: false), refused);
        Assert.True(booked.Booked);
    }

    [Fact]
    public async Task TryBookAsync_SendNeverAnswered_CountsUntilItsRequestWouldHaveTimedOut()
    {
        var killed = NewWorker(perSecond: 1, requestTimeoutSeconds: 2);
        var other = NewWorker(perSecond: 1, requestTimeoutSeconds: 2);
        Assert.True((await killed.TryBookAsync(1, PerChat, CancellationToken.None)).Booked);

        _clock.Advance(TimeSpan.FromSeconds(2.9));
        var refused = await other.TryBookAsync(2, PerChat, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        var booked = await other.TryBookAsync(2, PerChat, CancellationToken.None);

        Assert.False(refused.Booked);
        Assert.False(refused.ForChat);
        Assert.True(booked.Booked, "the unanswered send still counts after its request's deadline (2 s) and a second more");
    }

    [Fact]
    public async Task FinishAsync_ChatAnsweredLate_NextSendToItWaitsTheIntervalFromTheAnswer()
    {
        var worker = NewWorker(perSecond: 25);
        var first = await worker.TryBookAsync(7, PerChat, CancellationToken.None);

        _clock.Advance(TimeSpan.FromMilliseconds(1500));
        var unanswered = await worker.TryBookAsync(7, PerChat, CancellationToken.None);
        await worker.FinishAsync(first.SendId, 7, PerChat, CancellationToken.None);
        var answered = await worker.TryBookAsync(7, PerChat, CancellationToken.None);
        _clock.Advance(answered.Wait);
        var booked = await worker.TryBookAsync(7, PerChat, CancellationToken.None);

        Assert.True(unanswered is { Booked: false, ForChat: true }, $"a chat with a send still out was booked again: {unanswered}");
        Assert.Equal(RateBooking.Refused(1001, forChat: true), answered);
        Assert.True(booked.Booked);
    }

    [Fact]
    public async Task TryBookAsync_SameChatFromTwoWorkers_SecondWaitsTheChatInterval()
    {
        var first = NewWorker(perSecond: 25);
        var second = NewWorker(perSecond: 25);

        await BookAndFinishAsync(first, 7);
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        var refused = await second.TryBookAsync(7, PerChat, CancellationToken.None);
        _clock.Advance(refused.Wait);
        var later = await second.TryBookAsync(7, PerChat, CancellationToken.None);

        // Answered at once (1 ms, rounded up): the chat's next send a second after that.
        Assert.Equal(RateBooking.Refused(901, forChat: true), refused);
        Assert.True(later.Booked);
    }

    [Fact]
    public async Task PauseAsync_GlobalAfterA429_EveryWorkerWaits()
    {
        var penalized = NewWorker(perSecond: 25);
        var other = NewWorker(perSecond: 25);

        await penalized.PauseAsync(1, global: true, Now.AddSeconds(3), CancellationToken.None);

        Assert.Equal(RateBooking.Refused(3000, forChat: false), await other.TryBookAsync(2, PerChat, CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(3));
        Assert.True((await other.TryBookAsync(2, PerChat, CancellationToken.None)).Booked);
    }

    [Fact]
    public async Task PauseAsync_OneChat_OtherChatsGoOn()
    {
        var worker = NewWorker(perSecond: 25);

        await worker.PauseAsync(1, global: false, Now.AddSeconds(5), CancellationToken.None);

        Assert.Equal(RateBooking.Refused(5000, forChat: true), await worker.TryBookAsync(1, PerChat, CancellationToken.None));
        Assert.True((await worker.TryBookAsync(2, PerChat, CancellationToken.None)).Booked);
    }

    /// <summary>
    /// Three workers sending to a few chats, each send reaching Telegram at any moment between being let go and
    /// being answered, answers taking up to 400 ms (now and then 2 s): however they land, no second at Telegram
    /// holds more than the limit and no chat gets two messages within its interval.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task TryBookAsync_SendsDelayedAnyWayOnTheirWay_NoSecondAtTelegramHoldsMoreThanTheLimit(int seed)
    {
        const int perSecond = 10;
        var random = new Random(seed);
        var workers = Enumerable.Range(0, 3).Select(_ => NewWorker(perSecond)).ToList();
        var askAt = new long[workers.Count];
        var flying = new List<(int Worker, long SendId, long Chat, long AnsweredAt)>();
        var arrivals = new List<(long Chat, long At)>();
        var start = Now.ToUnixTimeMilliseconds();
        while (arrivals.Count < 150)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(random.Next(1, 30)));
            var now = _clock.GetUtcNow().ToUnixTimeMilliseconds() - start;
            foreach (var answered in flying.Where(f => f.AnsweredAt <= now).ToList())
            {
                await workers[answered.Worker].FinishAsync(answered.SendId, answered.Chat, PerChat, CancellationToken.None);
                flying.Remove(answered);
            }

            for (var w = 0; w < workers.Count; w++)
            {
                if (askAt[w] > now)
                {
                    continue;
                }

                var chat = random.Next(1, 8);
                var booking = await workers[w].TryBookAsync(chat, PerChat, CancellationToken.None);
                if (!booking.Booked)
                {
                    askAt[w] = now + (long)booking.Wait.TotalMilliseconds;
                    continue;
                }

                var answerAfter = random.Next(20) == 0 ? 2000 : random.Next(0, 400);
                flying.Add((w, booking.SendId, chat, now + answerAfter));
                arrivals.Add((chat, now + random.Next(0, answerAfter + 1)));
            }
        }

        var times = arrivals.Select(a => a.At).Order().ToList();
        var busiest = times.Select((t, i) => times.Skip(i).TakeWhile(u => u - t <= 1000).Count()).Max();
        Assert.True(busiest <= perSecond, $"{busiest} sends reached Telegram within one second");
        var closest = arrivals.GroupBy(a => a.Chat).SelectMany(g => g.Select(a => a.At).Order().Zip(g.Select(a => a.At).Order().Skip(1), (a, b) => b - a)).Min();
        Assert.True(closest >= 1000, $"a chat got two messages {closest} ms apart");
    }

    private async Task BookAndFinishAsync(SharedRateSlots worker, long chat)
    {
        var booking = await worker.TryBookAsync(chat, PerChat, CancellationToken.None);
        Assert.True(booking.Booked, $"chat {chat} was refused: {booking}");
        await worker.FinishAsync(booking.SendId, chat, PerChat, CancellationToken.None);
    }

    private SharedRateSlots NewWorker(double perSecond, int requestTimeoutSeconds = 30)
    {
        var database = new Database(Options.Create(_store.Options), _clock, NullLogger<Database>.Instance);
        _databases.Add(database);
        var telegram = new TelegramOptions { GlobalMessagesPerSecond = perSecond, RequestTimeoutSeconds = requestTimeoutSeconds };
        return new SharedRateSlots(database, Options.Create(telegram), _clock);
    }

    public void Dispose()
    {
        _databases.ForEach(d => d.Dispose());
        _store.Dispose();
    }
}
