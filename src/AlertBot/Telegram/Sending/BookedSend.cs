using System.Data.Common;

namespace AlertBot.Telegram.Sending;

/// <summary>
/// A send the limiter has let go. Dispose it once Telegram has answered, or the call has failed: until then the send
/// counts as possibly still on its way to Telegram.
/// </summary>
public sealed class BookedSend(SharedRateSlots slots, long sendId, long chatId, TimeSpan chatInterval) : IAsyncDisposable
{
    private int _finished;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _finished, 1) == 1)
        {
            return;
        }

        try
        {
            // Not the caller's token: a send cancelled on shutdown has still maybe reached Telegram.
            await slots.FinishAsync(sendId, chatId, chatInterval, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            // Unfinished, the send counts until its request would have timed out: slower for a while, never over a limit.
        }
    }
}
