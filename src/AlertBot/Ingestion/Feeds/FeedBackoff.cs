namespace AlertBot.Ingestion.Feeds;

/// <summary>
/// Delay before the next attempt after a failure: exponential from the feed's interval, capped, with ±20 %
/// jitter so feeds failing together (an outlet's outage, our network) do not retry in lockstep. A server's
/// Retry-After wins when it asks for longer.
/// </summary>
public static class FeedBackoff
{
    public static TimeSpan Delay(int consecutiveFailures, TimeSpan interval, TimeSpan maxBackoff, TimeSpan? retryAfter, double jitter01)
    {
        var exponent = Math.Clamp(consecutiveFailures - 1, 0, 16);
        var raw = Math.Min(interval.TotalSeconds * Math.Pow(2, exponent), Math.Max(maxBackoff.TotalSeconds, interval.TotalSeconds));
        var jittered = TimeSpan.FromSeconds(raw * (0.8 + (0.4 * Math.Clamp(jitter01, 0, 1))));
        if (retryAfter is { } asked && asked > jittered)
        {
            // Bounded: a hostile or broken server must not park a feed for days.
            return asked < TimeSpan.FromHours(24) ? asked : TimeSpan.FromHours(24);
        }

        return jittered;
    }
}
