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
}
