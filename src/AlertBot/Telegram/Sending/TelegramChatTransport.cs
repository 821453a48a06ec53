using AlertBot.Alerts;
using AlertBot.Alerts.Delivery;
using AlertBot.Chat;
using AlertBot.Telegram.Calls;
using AlertBot.Telegram.Formatting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace AlertBot.Telegram.Sending;

/// <summary>
/// Chats over the Bot API (Telegram.Bot). Every message waits for the rate limiter first and tells it when the call
/// was over; Bot API errors become <see cref="DeliveryFailedException"/>s the dispatcher understands.
/// </summary>
public sealed class TelegramChatTransport(TelegramCall call, TelegramRateLimiter limiter, AlertPlaceLabels places, ILogger<TelegramChatTransport> logger) : IChatTransport
{
    private const int ReplyAttempts = 3;
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public async Task<long?> SendAlertAsync(long chatId, AlertView alert, bool silent, CancellationToken cancellationToken)
    {
        var message = AlertFormatter.Format(alert, places.Label);
        var sent = await SendAsync(chatId, message, silent, cancellationToken);
        return sent.Id;
    }

    public async Task UpdateAlertAsync(long chatId, long? messageId, AlertView alert, CancellationToken cancellationToken)
    {
        if (messageId is not { } id)
        {
            // Nothing to edit and sending anew would duplicate the alert; the chat keeps what it has.
            throw new DeliveryFailedException(DeliveryFailure.Permanent, "no sent message to edit");
        }

        await EditAsync(chatId, id, AlertFormatter.Format(alert, places.Label), cancellationToken);
    }

    /// <summary>Replies are not in the outbox, so rate limits and transient errors are retried here (a few times) instead of requeued.</summary>
    public async Task SendReplyAsync(long chatId, ChatReply reply, CancellationToken cancellationToken)
    {
        foreach (var part in ReplyFormatter.Format(reply, label: places.Label))
        {
            await SendWithRetryAsync(chatId, part, cancellationToken);
        }
    }

    /// <summary>Shows a reply in place of the message a button was pressed on (the settings menu); a new message if that fails.</summary>
    public async Task ReplaceReplyAsync(long chatId, long messageId, ChatReply reply, CancellationToken cancellationToken)
    {
        var parts = ReplyFormatter.Format(reply, label: places.Label);
        try
        {
            await EditAsync(chatId, messageId, parts[0], cancellationToken);
        }
        catch (DeliveryFailedException ex) when (ex.Failure is DeliveryFailure.Permanent or DeliveryFailure.Transient)
        {
            logger.LogDebug("Could not edit message {Message} in chat {Chat}, sending anew: {Error}", messageId, chatId, ex.Message);
            await SendWithRetryAsync(chatId, parts[0], cancellationToken);
        }

        foreach (var part in parts.Skip(1))
        {
            await SendWithRetryAsync(chatId, part, cancellationToken);
        }
    }

    /// <summary>How this transport names an alert's places; for replies it builds itself.</summary>
    public string Label(AlertPlace place) => places.Label(place);

    public async Task SendWithRetryAsync(long chatId, TelegramMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SendAsync(chatId, message, silent: false, cancellationToken);
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

    private async Task<Message> SendAsync(long chatId, TelegramMessage message, bool silent, CancellationToken cancellationToken)
    {
        // Disposed once the call is over, answered or not: until then the send may still be on its way to Telegram.
        await using var booked = await limiter.WaitAsync(chatId, cancellationToken);
        try
        {
            var request = new SendMessageRequest
            {
                ChatId = chatId,
                Text = message.Html,
                ParseMode = ParseMode.Html,
                ReplyMarkup = message.Keyboard,
                LinkPreviewOptions = NoPreview,
                DisableNotification = silent,
            };
            return await call.RunAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw Map(chatId, ex);
        }
    }

    private async Task EditAsync(long chatId, long messageId, TelegramMessage message, CancellationToken cancellationToken)
    {
        await using var booked = await limiter.WaitAsync(chatId, cancellationToken);
        var request = new EditMessageTextRequest
        {
            ChatId = chatId,
            MessageId = checked((int)messageId),
            Text = message.Html,
            ParseMode = ParseMode.Html,
            ReplyMarkup = message.Keyboard,
            LinkPreviewOptions = NoPreview,
        };
        try
        {
            // The Bot API answers an edit with the Message, or with True (inline messages, and some servers always).
            await call.RunLenientAsync(request, cancellationToken);
        }
        catch (Exception ex) when (TelegramError.IsMessageNotModified(ex))
        {
            // The chat already shows this text: the alert was rendered after the change it is updating for.
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw Map(chatId, ex);
        }
    }

    private DeliveryFailedException Map(long chatId, Exception ex)
    {
        var failure = TelegramError.Classify(ex);
        var description = call.Describe(ex);
        if (failure == DeliveryFailure.RateLimited)
        {
            var retryAfter = TelegramError.RetryAfter(ex) ?? TimeSpan.FromSeconds(1);
            var global = limiter.Penalize(chatId, retryAfter);
            logger.LogWarning("Telegram rate limit hit sending to chat {Chat}: pausing {Scope} for {RetryAfter}", chatId, global ? "all chats" : "this chat", retryAfter);
            return new DeliveryFailedException(failure, description, retryAfter);
        }

        // The library's exception is not kept as the inner one: its text is not redacted.
        return new DeliveryFailedException(failure, description, migratedToChatId: TelegramError.MigrateToChatId(ex));
    }
}
