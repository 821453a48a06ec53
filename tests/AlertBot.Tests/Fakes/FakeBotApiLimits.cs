namespace AlertBot.Tests.Fakes;

/// <summary>
/// Telegram's documented send limits as token buckets. Burst sizes model the slack Telegram gives in practice;
/// a client that paces itself at the rates never sees a 429.
/// </summary>
public sealed record FakeBotApiLimits(
    double GlobalPerSecond = 30,
    double GlobalBurst = 30,
    double PerChatPerSecond = 1,
    double PerChatBurst = 3,
    double GroupPerMinute = 20,
    double GroupBurst = 20)
{
    public static FakeBotApiLimits None { get; } = new(1e9, 1e9, 1e9, 1e9, 1e9, 1e9);
}
