using Microsoft.Extensions.Options;

namespace AlertBot.Alerts.Delivery;

public sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    private const string S = DeliveryOptions.Section;

    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Positive(options.MaxConcurrentSends, nameof(options.MaxConcurrentSends), failures);
        Positive(options.BatchSize, nameof(options.BatchSize), failures);
        Positive(options.MaxAttempts, nameof(options.MaxAttempts), failures);
        Positive(options.RetryBaseDelaySeconds, nameof(options.RetryBaseDelaySeconds), failures);
        Positive(options.PollSeconds, nameof(options.PollSeconds), failures);
        if (options.LeaseSeconds < 3)
        {
            failures.Add($"{S}:{nameof(options.LeaseSeconds)} must be at least 3 (renewed every third of it).");
        }

        if (options.RetryMaxDelaySeconds < options.RetryBaseDelaySeconds)
        {
            failures.Add($"{S}:{nameof(options.RetryMaxDelaySeconds)} must be at least {S}:{nameof(options.RetryBaseDelaySeconds)}.");
        }

        if (options.MajorSignificance is <= 0 or > 1)
        {
            failures.Add($"{S}:{nameof(options.MajorSignificance)} must be greater than 0 and at most 1.");
        }

        if (options.ShutdownGraceSeconds < 0)
        {
            failures.Add($"{S}:{nameof(options.ShutdownGraceSeconds)} must not be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(double value, string setting, List<string> failures)
    {
        if (value <= 0)
        {
            failures.Add($"{S}:{setting} must be greater than 0.");
        }
    }
}
