using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace AlertBot.Telegram;

/// <summary>Reports every bad Telegram setting at once; messages never echo the token.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    private const string S = TelegramOptions.Section;

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.IsEnabled && !TokenShape().IsMatch(options.BotToken!.Trim()))
        {
            failures.Add($"{S}:BotToken does not look like a @BotFather token (digits, a colon, then letters, digits, _ or -).");
        }

        if (!IsHttpUrl(options.ApiBaseUrl))
        {
            failures.Add($"{S}:ApiBaseUrl must be an absolute http(s) URL.");
        }

        if (!Enum.IsDefined(options.Mode))
        {
            failures.Add($"{S}:Mode must be Polling or Webhook.");
        }

        if (options.PollingTimeoutSeconds is < 0 or > 50)
        {
            failures.Add($"{S}:PollingTimeoutSeconds must be between 0 and 50.");
        }

        if (options.IsEnabled && options.Mode == TelegramMode.Webhook)
        {
            ValidateWebhook(options, failures);
        }

        Positive(options.RequestTimeoutSeconds, "RequestTimeoutSeconds", failures);
        Positive(options.GlobalMessagesPerSecond, "GlobalMessagesPerSecond", failures);
        Positive(options.PerChatMessagesPerSecond, "PerChatMessagesPerSecond", failures);
        Positive(options.GroupMessagesPerMinute, "GroupMessagesPerMinute", failures);
        Positive(options.NearbyRadiusKm, "NearbyRadiusKm", failures);
        Positive(options.FloodWindowSeconds, "FloodWindowSeconds", failures);
        Positive(options.FloodMaxCommands, "FloodMaxCommands", failures);
        Positive(options.MaxConcurrentChats, "MaxConcurrentChats", failures);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateWebhook(TelegramOptions options, List<string> failures)
    {
        if (!IsHttpUrl(options.WebhookUrl))
        {
            failures.Add($"{S}:WebhookUrl must be an absolute https URL when {S}:Mode is Webhook.");
        }

        if (string.IsNullOrEmpty(options.WebhookSecret) || !SecretShape().IsMatch(options.WebhookSecret))
        {
            failures.Add($"{S}:WebhookSecret is required in webhook mode: 1-256 characters of A-Z, a-z, 0-9, _ and -.");
        }

        if (!IsHttpUrl(options.WebhookListenUrl))
        {
            failures.Add($"{S}:WebhookListenUrl must be an absolute http(s) URL such as http://0.0.0.0:8080.");
        }
    }

    private static void Positive(double value, string setting, List<string> failures)
    {
        if (value <= 0)
        {
            failures.Add($"{S}:{setting} must be greater than 0.");
        }
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^[0-9]+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
