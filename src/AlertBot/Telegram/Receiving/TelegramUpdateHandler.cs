using System.Globalization;
using AlertBot.Alerts;
using AlertBot.Alerts.Delivery;
using AlertBot.Chat;
using AlertBot.Telegram.Api;
using AlertBot.Telegram.Formatting;
using AlertBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Telegram.Receiving;

/// <summary>
/// One incoming update, whichever way it arrived (polling or webhook): commands go to the shared
/// <see cref="CommandHandler"/>, button presses are the command they carry, a shared location lists alerts nearby.
/// </summary>
public sealed class TelegramUpdateHandler(
    CommandHandler commands,
    TelegramChatTransport transport,
    ITelegramBotClient bot,
    AlertQueries alerts,
    DeliveryStore deliveries,
    TelegramBotIdentity identity,
    IOptions<TelegramOptions> options,
    IOptions<AlertsOptions> alertsOptions,
    ILogger<TelegramUpdateHandler> logger)
{
    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.MyChatMember is { NewChatMember.Status: "kicked" or "left" } removed)
        {
            // Blocked or removed: stop queueing alerts for the chat now rather than learn it from a 403 per alert.
            logger.LogInformation("Bot was removed from chat {Chat} ({Status})", removed.Chat.Id, removed.NewChatMember.Status);
            await deliveries.DeactivateChatAsync(removed.Chat.Id, $"bot {removed.NewChatMember.Status} by the chat", cancellationToken);
            return;
        }

        if (update.CallbackQuery is { } callback)
        {
            await HandleCallbackAsync(callback, cancellationToken);
            return;
        }

        // Edited messages are ignored on purpose: answering an edit would repeat a reply the chat already has.
        var message = update.Message ?? update.ChannelPost;
        if (message is null)
        {
            return;
        }

        if (message.MigrateToChatId is { } newChatId)
        {
            logger.LogInformation("Group {Chat} became supergroup {NewChat}", message.Chat.Id, newChatId);
            await deliveries.MigrateChatAsync(message.Chat.Id, newChatId, cancellationToken);
            return;
        }

        if (message.Location is { } location)
        {
            await HandleLocationAsync(message.Chat.Id, location, cancellationToken);
            return;
        }

        if (message.Text is not { } text)
        {
            return;
        }

        var isCommand = text.TrimStart().StartsWith('/');
        // Groups and channels talk among themselves: only commands meant for this bot get an answer there.
        if ((isCommand && !identity.IsAddressedToMe(text)) || (!isCommand && message.Chat.Type != ChatTypes.Private))
        {
            return;
        }

        await AnswerAsync(message.Chat, message.From?.Id, text, cancellationToken);
    }

    private async Task HandleCallbackAsync(CallbackQuery callback, CancellationToken cancellationToken)
    {
        try
        {
            // Answer first: the button shows a spinner until Telegram hears back.
            await bot.AnswerCallbackQueryAsync(callback.Id, cancellationToken: cancellationToken);
        }
        catch (TelegramApiException ex)
        {
            logger.LogWarning("answerCallbackQuery failed: {Error}", ex.Message);
        }

        if (callback.Data is not { Length: > 0 } data)
        {
            return;
        }

        var chat = callback.Message?.Chat ?? new Api.Chat(callback.From.Id, ChatTypes.Private, FirstName: callback.From.FirstName);
        await AnswerAsync(chat, callback.From.Id, data, cancellationToken);
    }

    private async Task AnswerAsync(Api.Chat chat, long? fromId, string text, CancellationToken cancellationToken)
    {
        var request = new ChatRequest(chat.Id, chat.Type, chat.Title ?? chat.Username ?? chat.FirstName, text, IsAdmin(chat.Id, fromId));
        var reply = await commands.HandleAsync(request, cancellationToken);
        await transport.SendReplyAsync(chat.Id, reply, cancellationToken);
    }

    private async Task HandleLocationAsync(long chatId, Location location, CancellationToken cancellationToken)
    {
        var radius = options.Value.NearbyRadiusKm;
        var near = await alerts.NearAsync(location.Latitude, location.Longitude, radius, alertsOptions.Value.MaxListed, cancellationToken);
        var radiusText = radius.ToString("0.#", CultureInfo.InvariantCulture);
        var heading = near.Count == 0
            ? $"No alerts within {radiusText} km of that location."
            : $"Alerts within {radiusText} km, nearest first:";
        var blocks = MessageSplitter.SplitPlain(heading)
            .Concat(near.Select(n => AlertFormatter.Compact(n.Alert, $"({n.Km.ToString("0", CultureInfo.InvariantCulture)} km)")));
        foreach (var part in MessageSplitter.Pack(blocks))
        {
            await transport.SendWithRetryAsync(chatId, new TelegramMessage(part, null), cancellationToken);
        }
    }

    private bool IsAdmin(long chatId, long? fromId)
    {
        var admins = options.Value.AdminChatIds;
        return admins.Contains(chatId) || (fromId is { } user && admins.Contains(user));
    }
}
