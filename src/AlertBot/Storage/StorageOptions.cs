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

    /// <summary>
    /// Days that articles, developments, deliveries, feed items and records of deleted inbox files are kept (never
    /// less than the merge and story windows); the newest alerts /latest lists are kept however old.
    /// </summary>
    public int RetentionDays { get; set; } = 30;

    public const int MaxRetentionDays = 36_500;
}
