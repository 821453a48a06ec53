using Microsoft.Extensions.Options;

namespace AlertBot.Ingestion;

public sealed class InboxOptionsValidator : IValidateOptions<InboxOptions>
{
    public ValidateOptionsResult Validate(string? name, InboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string S = InboxOptions.Section;
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            failures.Add($"{S}:{nameof(options.Path)} is required (the folder to watch, such as inbox).");
        }

        if (options.RescanSeconds is < 1 or > 86_400)
        {
            failures.Add($"{S}:{nameof(options.RescanSeconds)} must be between 1 and 86400 (was {options.RescanSeconds}).");
        }

        if (options.SettleMilliseconds is < 0 or > 600_000)
        {
            failures.Add($"{S}:{nameof(options.SettleMilliseconds)} must be between 0 and 600000 (was {options.SettleMilliseconds}).");
        }

        if (options.MaxFileBytes is < 1024 or > 1024L * 1024 * 1024)
        {
            failures.Add($"{S}:{nameof(options.MaxFileBytes)} must be between 1024 and 1073741824 (was {options.MaxFileBytes}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
