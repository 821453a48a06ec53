using System.Diagnostics;

namespace AlertBot.Tests.Fakes;

/// <summary>The fake's own token bucket, deliberately independent of the product's limiter it checks.</summary>
public sealed class FakeBotApiBucket(double perSecond, double capacity)
{
    private readonly double _capacity = capacity;
    private double _tokens = capacity;
    private long _last = Stopwatch.GetTimestamp();

    /// <returns>Zero when a token was taken, else how long until one will be there.</returns>
    public TimeSpan TryTake()
    {
        var now = Stopwatch.GetTimestamp();
        _tokens = Math.Min(_capacity, _tokens + (Stopwatch.GetElapsedTime(_last, now).TotalSeconds * perSecond));
        _last = now;
        if (_tokens >= 1)
        {
            _tokens -= 1;
            return TimeSpan.Zero;
        }

        return TimeSpan.FromSeconds((1 - _tokens) / perSecond);
    }
}
