using Microsoft.Extensions.Options;

namespace AlertBot.Storage;

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            failures.Add($"{StorageOptions.Section}:{nameof(options.DatabasePath)} is required (a file path such as data/alertbot.db).");
        }
        else if (options.DatabasePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"{StorageOptions.Section}:{nameof(options.DatabasePath)} contains characters that are not valid in a path.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
