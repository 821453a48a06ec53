namespace AlertBot.Storage;

/// <summary>Where the bot keeps its state.</summary>
public enum StorageProvider
{
    /// <summary>One file, one worker: the default.</summary>
    Sqlite,

    /// <summary>A shared server: several identical workers split the work (see README, "Running several workers").</summary>
    Postgres,
}
