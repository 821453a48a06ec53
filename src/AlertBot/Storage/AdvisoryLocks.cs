namespace AlertBot.Storage;

/// <summary>
/// PostgreSQL advisory lock keys, one per thing only one worker may do at a time. Fixed numbers, so every
/// version of every worker sharing a database agrees on them; they start with "AlertBot" in ASCII so they are
/// unlikely to meet another application's keys on a shared server.
/// </summary>
internal static class AdvisoryLocks
{
    private const long Base = 0x416C_6572_7442_0000; // "AlertB", then a number per lock

    /// <summary>Held while the schema is migrated: two workers starting together migrate once.</summary>
    public const long Migrate = Base + 1;

    /// <summary>Held by the transaction that merges an article into developments.</summary>
    public const long Merge = Base + 2;

    /// <summary>Held for as long as a worker is the one that long-polls Telegram for updates.</summary>
    public const long TelegramPoller = Base + 3;
}
