using Microsoft.Extensions.Options;

namespace AlertBot.Ingestion.Feeds;

public sealed class FeedsOptionsValidator : IValidateOptions<FeedsOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string S = FeedsOptions.Section;
        var failures = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Sources.Count; i++)
        {
            var feed = options.Sources[i];
            var at = $"{S}:{nameof(options.Sources)}:{i}";
            if (string.IsNullOrWhiteSpace(feed.Name))
            {
                failures.Add($"{at}:{nameof(feed.Name)} is required.");
            }
            else if (!names.Add(feed.Name.Trim()))
            {
                failures.Add($"{at}:{nameof(feed.Name)} '{feed.Name}' is used by another feed; names must be unique.");
            }

            if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"{at}:{nameof(feed.Url)} must be an absolute http or https URL.");
            }

            if (feed.IntervalSeconds < FeedSourceOptions.MinIntervalSeconds)
            {
                failures.Add($"{at}:{nameof(feed.IntervalSeconds)} must be at least {FeedSourceOptions.MinIntervalSeconds}.");
            }
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{S}:{nameof(options.Timeout)} must be between 00:00:01 and 00:05:00.");
        }

        if (options.MaxResponseBytes is < 1024 or > 100 * 1024 * 1024)
        {
            failures.Add($"{S}:{nameof(options.MaxResponseBytes)} must be between 1024 and 104857600.");
        }

        if (options.MaxRedirects is < 0 or > 20)
        {
            failures.Add($"{S}:{nameof(options.MaxRedirects)} must be between 0 and 20.");
        }

        if (string.IsNullOrWhiteSpace(options.UserAgent))
        {
            failures.Add($"{S}:{nameof(options.UserAgent)} is required; outlets block anonymous clients.");
        }

        if (options.MaxItemAge <= TimeSpan.Zero)
        {
            failures.Add($"{S}:{nameof(options.MaxItemAge)} must be positive.");
        }

        if (options.UnhealthyAfterFailures < 1)
        {
            failures.Add($"{S}:{nameof(options.UnhealthyAfterFailures)} must be at least 1.");
        }

        if (options.UnhealthyRetryInterval <= TimeSpan.Zero)
        {
            failures.Add($"{S}:{nameof(options.UnhealthyRetryInterval)} must be positive.");
        }

        if (options.MaxBackoff <= TimeSpan.Zero)
        {
            failures.Add($"{S}:{nameof(options.MaxBackoff)} must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
