using AlertBot.Alerts;
using AlertBot.Alerts.Delivery;
using AlertBot.Chat;
using AlertBot.Telegram.Api;
using AlertBot.Telegram.Formatting;
using Microsoft.Extensions.Logging;

namespace AlertBot.Telegram.Sending;

/// <summary>
/// Chats over the Bot API. Every call waits for the rate limiter first; Bot API errors become
/// <see cref="DeliveryFailedException"/>s the dispatcher understands.
/// </summary>
public sealed class TelegramChatTransport(ITelegramBotClient bot, TelegramRateLimiter limiter, ILogger<TelegramChatTransport> logger) : IChatTransport
{
    private const int ReplyAttempts = 3;

    public async Task<long?> SendAlertAsync(long chatId, AlertView alert, CancellationToken cancellationToken)
    {
        var message = AlertFormatter.Format(alert);
        var sent = await CallAsync(chatId, ct => bot.SendMessageAsync(chatId, message.Html, ParseModes.Html, message.Keyboard, disableLinkPreview: true, ct), cancellationToken);
        return sent.MessageId;
    }

    public async Task UpdateAlertAsync(long chatId, long? messageId, AlertView alert, CancellationToken cancellationToken)
    {
        if (messageId is not { } id)
        {
            // Nothing to edit and sending anew would duplicate the alert; the chat keeps what it has.
            throw new DeliveryFailedException(DeliveryFailure.Permanent, "no sent message to edit");
        }

        var message = AlertFormatter.Format(alert);
        try
        {
            await CallAsync(chatId, ct => bot.EditMessageTextAsync(chatId, id, message.Html, ParseModes.Html, message.Keyboard, disableLinkPreview: true, ct), cancellationToken);
        }
        catch (DeliveryFailedException ex) when (ex.InnerException is TelegramApiException { IsMessageNotModified: true })
        {
            // The chat already shows this text: the alert was rendered after the change it is updating for.
        }
    }

    /// <summary>Replies are not in the outbox, so rate limits and transient errors are retried here (a few times) instead of requeued.</summary>
    public async Task SendReplyAsync(long chatId, ChatReply reply, CancellationToken cancellationToken)
    {
        foreach (var part in ReplyFormatter.Format(reply))
        {
            await SendWithRetryAsync(chatId, part, cancellationToken);
        }
    }

    public async Task SendWithRetryAsync(long chatId, TelegramMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CallAsync(chatId, ct => bot.SendMessageAsync(chatId, message.Html, ParseModes.Html, message.Keyboard, disableLinkPreview: true, ct), cancellationToken);
                return;
            }
            catch (DeliveryFailedException ex) when (ex.Failure == DeliveryFailure.RateLimited && attempt < ReplyAttempts)
            {
                // The limiter already holds this chat back until retry_after has passed.
                logger.LogDebug("Reply to chat {Chat} was rate limited; waiting {RetryAfter}", chatId, ex.RetryAfter);
            }
            catch (DeliveryFailedException ex) when (ex.Failure == DeliveryFailure.Transient && attempt < ReplyAttempts)
            {
                logger.LogWarning("Reply to chat {Chat} failed (attempt {Attempt}), retrying: {Error}", chatId, attempt, ex.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt), cancellationToken);
            }
        }
    }

    private async Task<T> CallAsync<T>(long chatId, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(chatId, cancellationToken);
        try
        {
            return await call(cancellationToken);
        }
        catch (TelegramApiException ex)
        {
            throw Map(chatId, ex);
        }
    }

    private DeliveryFailedException Map(long chatId, TelegramApiException ex)
    {
        if (ex.IsRateLimited)
        {
            var retryAfter = ex.RetryAfter ?? TimeSpan.FromSeconds(1);
            var global = limiter.Penalize(chatId, retryAfter);
            logger.LogWarning("Telegram rate limit hit sending to chat {Chat}: pausing {Scope} for {RetryAfter}", chatId, global ? "all chats" : "this chat", retryAfter);
            return new DeliveryFailedException(DeliveryFailure.RateLimited, ex.Message, retryAfter, innerException: ex);
        }

        var failure = ex switch
        {
            { IsMigrated: true } => DeliveryFailure.ChatMigrated,
            { IsChatGone: true } => DeliveryFailure.ChatGone,
            // A wrong token or a missing method is a configuration problem: retry until it is fixed.
            { IsTransient: true } or { ErrorCode: 401 or 404 } => DeliveryFailure.Transient,
            _ => DeliveryFailure.Permanent,
        };
        return new DeliveryFailedException(failure, ex.Message, migratedToChatId: ex.MigrateToChatId, innerException: ex);
    }
}
