namespace AlertBot.Telegram.Api;

/// <summary>
/// A Bot API call that failed. <see cref="ErrorCode"/> is the API's error_code (or the HTTP status when the
/// body was not the API's JSON), 0 for network errors and timeouts. The message never contains the bot token.
/// </summary>
public sealed class TelegramApiException(
    string method,
    int errorCode,
    string description,
    TimeSpan? retryAfter = null,
    long? migrateToChatId = null,
    Exception? innerException = null)
    : Exception($"Telegram {method} failed ({errorCode}): {description}", innerException)
{
    public string Method { get; } = method;

    public int ErrorCode { get; } = errorCode;

    public string Description { get; } = description;

    /// <summary>From parameters.retry_after on 429: how long Telegram wants this caller to wait.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>From parameters.migrate_to_chat_id on 400: the group became a supergroup with this id.</summary>
    public long? MigrateToChatId { get; } = migrateToChatId;

    public bool IsRateLimited => ErrorCode == 429;

    /// <summary>The bot can no longer write to the chat: blocked, kicked, user deactivated, or chat deleted.</summary>
    public bool IsChatGone =>
        ErrorCode == 403
        || (ErrorCode == 400 && Description.Contains("chat not found", StringComparison.OrdinalIgnoreCase));

    public bool IsMigrated => MigrateToChatId is not null;

    /// <summary>Worth retrying later unchanged: network trouble, timeouts and server-side errors.</summary>
    public bool IsTransient => ErrorCode == 0 || ErrorCode >= 500;

    /// <summary>An edit with the same text and markup; the chat already shows what we wanted.</summary>
    public bool IsMessageNotModified =>
        ErrorCode == 400 && Description.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);
}
