namespace AlertBot.Cli.Replay;

/// <summary>Replay runs on the articles' own time, so windows and "first seen" mean what they meant then.</summary>
public sealed class ReplayClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UnixEpoch;

    public void Set(DateTimeOffset now) => _now = now;

    public override DateTimeOffset GetUtcNow() => _now;
}
