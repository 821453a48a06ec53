using AlertBot.Alerts.Delivery;

namespace AlertBot.Telegram.Calls;

/// <summary>
/// Consecutive failures of one recurring call: exponential backoff with jitter (never shorter than Telegram's
/// retry_after), and whether this failure is news worth a log line (the first, or a different kind of error).
/// </summary>
public sealed class FailureStreak(TimeSpan baseDelay, TimeSpan maxDelay)
{
    private string? _kind;

    public int Count { get; private set; }

    public (TimeSpan Delay, bool IsNews) Fail(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Count++;
        var kind = $"{exception.GetType().Name}:{TelegramError.Code(exception)}";
        var isNews = kind != _kind;
        _kind = kind;
        var delay = RetryBackoff.Delay(Count, baseDelay, maxDelay, Random.Shared.NextDouble());
        return (TelegramError.RetryAfter(exception) is { } wait && wait > delay ? wait : delay, isNews);
    }

    /// <returns>How many failures the success ended (0 when there were none).</returns>
    public int Succeed()
    {
        var ended = Count;
        Count = 0;
        _kind = null;
        return ended;
    }
}
