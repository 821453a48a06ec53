namespace AlertBot.Alerts.Delivery;

/// <summary>Exponential backoff with jitter, so chats that failed together do not retry in lockstep.</summary>
public static class RetryBackoff
{
    /// <param name="attempt">1 for the first failure.</param>
    /// <param name="jitter">0..1; the delay is scaled into [50%, 100%] of the exponential value.</param>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double jitter)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var raw = Math.Min(baseDelay.TotalSeconds * Math.Pow(2, exponent), maxDelay.TotalSeconds);
        return TimeSpan.FromSeconds(raw * (0.5 + (0.5 * Math.Clamp(jitter, 0, 1))));
    }
}
