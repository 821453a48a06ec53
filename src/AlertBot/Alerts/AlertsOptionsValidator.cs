using Microsoft.Extensions.Options;

namespace AlertBot.Alerts;

public sealed class AlertsOptionsValidator : IValidateOptions<AlertsOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MergeWindowHours is <= 0 or > 24 * 30)
        {
            failures.Add($"{AlertsOptions.Section}:{nameof(options.MergeWindowHours)} must be between 0 and 720 hours (was {options.MergeWindowHours}).");
        }

        if (!Enum.IsDefined(options.Embeddings))
        {
            failures.Add($"{AlertsOptions.Section}:{nameof(options.Embeddings)} must be one of {string.Join(", ", Enum.GetNames<Embedding.EmbeddingModel>())} (was {options.Embeddings}).");
        }

        if (options.Embeddings == Embedding.EmbeddingModel.MiniLM)
        {
            ValidateModelCache(options.ModelCache, failures);
        }

        if (options.MaxListed is < 1 or > 50)
        {
            failures.Add($"{AlertsOptions.Section}:{nameof(options.MaxListed)} must be between 1 and 50 (was {options.MaxListed}).");
        }

        if (options.LatestDefault < 1 || options.LatestDefault > options.MaxListed)
        {
            failures.Add($"{AlertsOptions.Section}:{nameof(options.LatestDefault)} must be between 1 and {nameof(options.MaxListed)} (was {options.LatestDefault}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>
    /// The model is unpacked on first use: a folder that cannot take it would otherwise fail every article's embedding
    /// instead of the start. Looked at only (a probe file, deleted at once), so nothing is created here.
    /// </summary>
    private static void ValidateModelCache(string? modelCache, List<string> failures)
    {
        const string setting = $"{AlertsOptions.Section}:{nameof(AlertsOptions.ModelCache)}";
        var candidates = Embedding.MiniLmModelFiles.Candidates(modelCache);
        var reasons = new List<string>();
        foreach (var candidate in candidates)
        {
            if (Embedding.MiniLmModelFiles.Unusable(candidate) is not { } reason)
            {
                return;
            }

            reasons.Add(reason);
        }

        var what = string.IsNullOrWhiteSpace(modelCache)
            ? "is empty, and neither default folder can hold the embedding model"
            : "names a folder that cannot hold the embedding model";
        failures.Add($"{setting} {what} ({string.Join("; ", reasons)}): set it to a writable folder, or {AlertsOptions.Section}:{nameof(AlertsOptions.Embeddings)} to None.");
    }
}
