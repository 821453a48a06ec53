using Microsoft.Extensions.Options;

namespace AlertBot.Telegram.Sending;

/// <summary>
/// Keeps every send within Telegram's limits: a global pace (≈30/s), one message per second per chat and
/// 20 per minute per group (negative chat ids). A send first waits for its chat, then books the next global
/// slot, so a chat that must wait never holds back the others. With <paramref name="shared"/> (how the worker runs)
/// the slots and pauses are booked in the store, so the limits hold for the bot as a whole: across several workers
/// on PostgreSQL, and across a restart on either store. Without it (tests of the pacing alone) they live in memory.
/// </summary>
public sealed class TelegramRateLimiter(IOptions<TelegramOptions> options, TimeProvider clock, SharedRateSlots? shared = null)
{
    /// <summary>Two sends to one chat this close together make a 429 look like that chat's own limit.</summary>
    private static readonly TimeSpan BusyWindow = TimeSpan.FromSeconds(3);

    /// <summary>How late a send may leave after its shared slot; later, it books another.</summary>
    private static readonly TimeSpan LateSlot = TimeSpan.FromMilliseconds(15);
    private readonly object _gate = new();
    private readonly TimeSpan _globalInterval = TimeSpan.FromSeconds(1 / options.Value.GlobalMessagesPerSecond);
    private readonly TimeSpan _chatInterval = TimeSpan.FromSeconds(1 / options.Value.PerChatMessagesPerSecond);
    private readonly TimeSpan _groupInterval = TimeSpan.FromSeconds(60 / options.Value.GroupMessagesPerMinute);
    private readonly Dictionary<long, DateTimeOffset> _chatNext = [];
    private readonly Dictionary<long, (DateTimeOffset Last, DateTimeOffset Previous)> _sent = [];
    private DateTimeOffset _globalNext = DateTimeOffset.MinValue;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>Waits until a message to <paramref name="chatId"/> may go out, and books that slot.</summary>
    public async Task WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        if (shared is not null)
        {
            await WaitSharedAsync(chatId, cancellationToken);
            return;
        }

        while (true)
        {
            TimeSpan wait;
            bool booked;
            lock (_gate)
            {
                var now = clock.GetUtcNow();
                var ready = Max(_chatNext.GetValueOrDefault(chatId, DateTimeOffset.MinValue), _pausedUntil);
                booked = ready <= now;
                if (booked)
                {
                    var slot = Max(now, _globalNext);
                    _globalNext = slot + _globalInterval;
                    _chatNext[chatId] = slot + IntervalFor(chatId);
                    _sent[chatId] = (slot, _sent.TryGetValue(chatId, out var s) ? s.Last : DateTimeOffset.MinValue);
                    wait = slot - now;
                    if (_sent.Count > 100_000)
                    {
                        ForgetIdle(now);
                    }
                }
                else
                {
                    wait = ready - now;
                }
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
            }

            if (booked)
            {
                return;
            }
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
            _chatNext[chatId] = Max(_chatNext.GetValueOrDefault(chatId, DateTimeOffset.MinValue), until);
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

    private async Task WaitSharedAsync(long chatId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var booking = await shared!.TryBookAsync(chatId, IntervalFor(chatId), _globalInterval, cancellationToken);
            if (booking.Wait > TimeSpan.Zero)
            {
                await Task.Delay(booking.Wait, clock, cancellationToken).ConfigureAwait(false);
            }

            // A worker held up past its slot (a pause, a busy machine) books again: sent late, it would go out
            // together with the slots after it, and the bot as a whole would burst above the limit.
            if (booking.Booked && clock.GetUtcNow() - booking.Slot > LateSlot)
            {
                continue;
            }

            if (booking.Booked)
            {
                lock (_gate)
                {
                    // Kept locally too: whether a 429 is this chat's own limit is judged from these.
                    var slot = clock.GetUtcNow();
                    _sent[chatId] = (slot, _sent.TryGetValue(chatId, out var s) ? s.Last : DateTimeOffset.MinValue);
                }

                return;
            }
        }
    }

    /// <summary>Tells the other workers about a 429 too; the local pause already holds this one back, so a failed write is only logged by the store's next use.</summary>
    private void PauseShared(long chatId, bool global, DateTimeOffset until)
    {
        if (shared is null)
        {
            return;
        }

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
        foreach (var chat in _chatNext.Where(c => c.Value < now).Select(c => c.Key).ToList())
        {
            _chatNext.Remove(chat);
            _sent.Remove(chat);
        }
    }
}
