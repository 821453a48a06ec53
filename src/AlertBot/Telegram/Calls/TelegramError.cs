using System.Net;
using AlertBot.Alerts.Delivery;
using Telegram.Bot.Exceptions;

namespace AlertBot.Telegram.Calls;

/// <summary>What a failed Bot API call means for the caller, from Telegram.Bot's exceptions.</summary>
public static class TelegramError
{
    /// <summary>Telegram's error_code, the HTTP status when the body was not the API's JSON, 0 for network errors and timeouts.</summary>
    public static int Code(Exception exception) => exception switch
    {
        ApiRequestException api => api.ErrorCode,
        RequestException { HttpStatusCode: { } status } => (int)status,
        _ => 0,
    };

    public static TimeSpan? RetryAfter(Exception exception) =>
        exception is ApiRequestException { Parameters.RetryAfter: { } seconds } ? TimeSpan.FromSeconds(seconds) : null;

    public static long? MigrateToChatId(Exception exception) =>
        exception is ApiRequestException { Parameters.MigrateToChatId: { } id } ? id : null;

    /// <summary>An edit with the same text and markup: the chat already shows what we wanted.</summary>
    public static bool IsMessageNotModified(Exception exception) =>
        exception is ApiRequestException { ErrorCode: 400 } api
        && api.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);

    public static bool IsUnauthorized(Exception exception) => exception is ApiRequestException { ErrorCode: 401 };

    /// <summary>
    /// Only an answer in the API's own words can say a message will never be accepted; anything else (network,
    /// timeouts, 5xx, a proxy's page, a 200 whose body is not JSON) is worth another try later.
    /// </summary>
    public static DeliveryFailure Classify(Exception exception) => exception switch
    {
        ApiRequestException { ErrorCode: 429 } => DeliveryFailure.RateLimited,
        ApiRequestException { Parameters.MigrateToChatId: not null } => DeliveryFailure.ChatMigrated,
        ApiRequestException { ErrorCode: 403 } => DeliveryFailure.ChatGone,
        ApiRequestException { ErrorCode: 400 } api when api.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase) => DeliveryFailure.ChatGone,
        // A wrong token or a missing method is a configuration problem: retry until it is fixed.
        ApiRequestException { ErrorCode: >= 500 or 401 or 404 } => DeliveryFailure.Transient,
        ApiRequestException => DeliveryFailure.Permanent,
        RequestException { HttpStatusCode: HttpStatusCode.RequestEntityTooLarge } => DeliveryFailure.Permanent,
        _ => DeliveryFailure.Transient,
    };
}
