namespace AlertBot.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>SQLite database file; created with its folder on first run.</summary>
    public string DatabasePath { get; set; } = "data/alertbot.db";

    /// <summary>
    /// PostgreSQL (Npgsql) connection string, e.g. <c>Host=db;Database=alertbot;Username=alertbot</c>; the password
    /// belongs in the environment (<c>Storage__ConnectionString</c>) or user secrets, like the bot token.
    /// </summary>
    public string? ConnectionString { get; set; }
}
