using Microsoft.Extensions.Options;
using Npgsql;

namespace AlertBot.Storage;

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"{StorageOptions.Section}:{nameof(options.Provider)} must be Sqlite or Postgres.");
        }
        else if (options.Provider == StorageProvider.Postgres)
        {
            ValidateConnectionString(options.ConnectionString, failures);
        }
        else if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            failures.Add($"{StorageOptions.Section}:{nameof(options.DatabasePath)} is required (a file path such as data/alertbot.db).");
        }
        else if (options.DatabasePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"{StorageOptions.Section}:{nameof(options.DatabasePath)} contains characters that are not valid in a path.");
        }

        if (options.RetentionDays is < 1 or > StorageOptions.MaxRetentionDays)
        {
            failures.Add($"{StorageOptions.Section}:{nameof(options.RetentionDays)} must be between 1 and {StorageOptions.MaxRetentionDays} (days), not {options.RetentionDays}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateConnectionString(string? connectionString, List<string> failures)
    {
        const string setting = $"{StorageOptions.Section}:{nameof(StorageOptions.ConnectionString)}";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            failures.Add($"{setting} is required when {StorageOptions.Section}:{nameof(StorageOptions.Provider)} is Postgres (e.g. Host=db;Database=alertbot;Username=alertbot).");
            return;
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                failures.Add($"{setting} names no Host.");
            }
        }
        catch (ArgumentException ex)
        {
            // The message names the bad keyword, never the value: the string may hold a password.
            failures.Add($"{setting} is not a valid PostgreSQL connection string: {ex.Message}");
        }
    }
}
