using AlertBot.Alerts;
using AlertBot.Ingestion;
using AlertBot.Storage;

namespace AlertBot.Tests.Storage;

public sealed class StorageOptionsValidatorTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    [InlineData(StorageOptions.MaxRetentionDays + 1)]
    public void Validate_RetentionDaysOutOfRange_NamesTheSetting(int days)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { RetentionDays = days });

        Assert.True(result.Failed);
        Assert.Contains("Storage:RetentionDays", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyPath_NamesTheSetting()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { DatabasePath = " " });

        Assert.True(result.Failed);
        Assert.Contains("Storage:DatabasePath", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "is required")]
    [InlineData("  ", "is required")]
    [InlineData("Database=alertbot", "names no Host")]
    [InlineData("Hots=db;Password=hunter2", "not a valid PostgreSQL connection string")]
    public void Validate_PostgresWithBadConnectionString_NamesTheSettingAndHidesItsValue(string? connectionString, string expected)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = connectionString });

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Storage:ConnectionString", failure, StringComparison.Ordinal);
        Assert.Contains(expected, failure, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PostgresWithHost_SucceedsWithoutADatabasePath()
    {
        var options = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = "Host=db;Database=alertbot;Username=bot", DatabasePath = "" };

        Assert.True(new StorageOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_SeveralBadInboxSettings_ReportsAllAtOnce()
    {
        var result = new InboxOptionsValidator().Validate(null, new InboxOptions { Path = "", RescanSeconds = 0, MaxFileBytes = 1 });

        Assert.True(result.Failed);
        Assert.Equal(3, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.Contains("Inbox:Path", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Inbox:RescanSeconds", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Inbox:MaxFileBytes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 0, 5, 10, "Alerts:MergeWindowHours")]
    [InlineData(1000, 0, 5, 10, "Alerts:MergeWindowHours")]
    [InlineData(72, 7, 5, 10, "Alerts:Embeddings")]
    [InlineData(72, 0, 0, 10, "Alerts:LatestDefault")]
    [InlineData(72, 0, 5, 0, "Alerts:MaxListed")]
    public void Validate_BadAlertSetting_NamesIt(double window, int embeddings, int latest, int max, string setting)
    {
        var result = new AlertsOptionsValidator().Validate(null,
            new AlertsOptions { MergeWindowHours = window, Embeddings = (AlertBot.Alerts.Embedding.EmbeddingModel)embeddings, LatestDefault = latest, MaxListed = max });

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new StorageOptionsValidator().Validate(null, new StorageOptions()).Succeeded);
        Assert.True(new InboxOptionsValidator().Validate(null, new InboxOptions()).Succeeded);
        Assert.True(new AlertsOptionsValidator().Validate(null, new AlertsOptions()).Succeeded);
    }
}
