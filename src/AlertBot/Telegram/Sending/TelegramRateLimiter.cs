using Microsoft.Extensions.Options;

namespace AlertBot.Telegram.Sending;

/// <summary>
/// Keeps every send within Telegram's limits: a global limit (30 a second), one message per second per chat and
/// 20 per minute per group (negative chat ids). The sends are booked in the store (<see cref="SharedRateSlots"/>),
/// so the limits hold for the bot as a whole: across several workers on PostgreSQL, and across a restart on either
/// store. Within this process one send at a time asks for the global slot, so the others wait here instead of all
/// asking the store at once; a send whose chat must wait gives its turn up.
/// </summary>
public sealed class TelegramRateLimiter(IOptions<TelegramOptions> options, TimeProvider clock, SharedRateSlots shared)
{
    /// <summary>Two sends to one chat this close together make a 429 look like that chat's own limit.</summary>
    private static readonly TimeSpan BusyWindow = TimeSpan.FromSeconds(3);
    private readonly object _gate = new();
    private readonly SemaphoreSlim _globalTurn = new(1, 1);
    private readonly TimeSpan _chatInterval = TimeSpan.FromSeconds(1 / options.Value.PerChatMessagesPerSecond);
    private readonly TimeSpan _groupInterval = TimeSpan.FromSeconds(60 / options.Value.GroupMessagesPerMinute);
    private readonly Dictionary<long, DateTimeOffset> _chatPausedUntil = [];
    private readonly Dictionary<long, (DateTimeOffset Last, DateTimeOffset Previous)> _sent = [];
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>
    /// Waits until a message to <paramref name="chatId"/> may go out, and books it. Send it at once, and dispose the
    /// booking once Telegram has answered (or the call has failed).
    /// </summary>
    public async Task<BookedSend> WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        var interval = IntervalFor(chatId);
        while (true)
        {
            // A 429 this process met holds it back at once; the other workers learn of it through the store.
            var paused = LocalPause(chatId) - clock.GetUtcNow();
            if (paused > TimeSpan.Zero)
            {
                await Task.Delay(paused, clock, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var booking = await BookAsync(chatId, interval, cancellationToken).ConfigureAwait(false);
            if (booking.Booked)
            {
                lock (_gate)
                {
                    // Kept locally too: whether a 429 is this chat's own limit is judged from these.
                    var now = clock.GetUtcNow();
                    _sent[chatId] = (now, _sent.TryGetValue(chatId, out var s) ? s.Last : DateTimeOffset.MinValue);
                    if (_sent.Count > 100_000)
                    {
                        ForgetIdle(now);
                    }
                }

                return new BookedSend(shared, booking.SendId, chatId, interval);
            }

            await Task.Delay(booking.Wait, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Telegram answered 429 with retry_after. A chat that had been sent to within its own interval hit its
    /// own limit and pauses alone; otherwise only the global limit can explain it and every chat pauses.
    /// </summary>
    /// <returns>True when the pause is global.</returns>
    public bool Penalize(long chatId, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var until = clock.GetUtcNow() + retryAfter;
            _chatPausedUntil[chatId] = Max(_chatPausedUntil.GetValueOrDefault(chatId, DateTimeOffset.MinValue), until);
            var busyChat = _sent.TryGetValue(chatId, out var s) && s.Last - s.Previous < Max(IntervalFor(chatId) * 2, BusyWindow);
            if (busyChat)
            {
                PauseShared(chatId, global: false, until);
                return false;
            }

            _pausedUntil = Max(_pausedUntil, until);
            PauseShared(chatId, global: true, until);
            return true;
        }
    }

    /// <summary>Asks the store until the send is booked or its chat must wait; the global waits are spent holding this process's turn.</summary>
    private async Task<RateBooking> BookAsync(long chatId, TimeSpan interval, CancellationToken cancellationToken)
    {
        await _globalTurn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var booking = await shared.TryBookAsync(chatId, interval, cancellationToken).ConfigureAwait(false);
                if (booking.Booked || booking.ForChat)
                {
                    return booking;
                }

                await Task.Delay(booking.Wait, clock, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _globalTurn.Release();
        }
    }

    private DateTimeOffset LocalPause(long chatId)
    {
        lock (_gate)
        {
            return Max(_pausedUntil, _chatPausedUntil.GetValueOrDefault(chatId, DateTimeOffset.MinValue));
        }
    }

    /// <summary>Tells the other workers about a 429 too; the local pause already holds this one back, so a failed write is only logged by the store's next use.</summary>
    private void PauseShared(long chatId, bool global, DateTimeOffset until)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                await shared.PauseAsync(chatId, global, until, CancellationToken.None);
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                // The other workers meet the limit themselves and get their own retry_after.
            }
        });
    }

    private TimeSpan IntervalFor(long chatId) => chatId < 0 ? Max(_chatInterval, _groupInterval) : _chatInterval;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private void ForgetIdle(DateTimeOffset now)
    {
        foreach (var chat in _sent.Where(c => c.Value.Last < now - Max(_groupInterval * 2, BusyWindow)).Select(c => c.Key).ToList())
        {
            _sent.Remove(chat);
        }

        foreach (var chat in _chatPausedUntil.Where(c => c.Value < now).Select(c => c.Key).ToList())
        {
            _chatPausedUntil.Remove(chat);
        }
    }
}
