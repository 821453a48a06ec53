namespace AlertBot.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>SQLite database file; created with its folder on first run.</summary>
    public string DatabasePath { get; set; } = "data/alertbot.db";
}
