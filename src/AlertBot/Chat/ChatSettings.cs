namespace AlertBot.Chat;

/// <summary>What one chat chose: which alerts, when they may make a sound, which words they must or must not mention.</summary>
/// <param name="TimeZone">An IANA zone ("Europe/Paris") or a fixed offset ("+02:00"); quiet hours are in it.</param>
/// <param name="QuietFrom">Start of quiet hours in minutes after local midnight; null when there are none.</param>
/// <param name="QuietTo">End of quiet hours (exclusive), minutes after local midnight; may be before the start (overnight).</param>
public sealed record ChatSettings(
    AlertLevel Level,
    bool Paused,
    string TimeZone,
    int? QuietFrom,
    int? QuietTo,
    QuietMode QuietMode,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude)
{
    public static ChatSettings Default { get; } = new(AlertLevel.Every, false, "UTC", null, null, QuietMode.Silent, [], []);

    public bool HasQuietHours => QuietFrom is not null && QuietTo is not null && QuietFrom != QuietTo;
}
