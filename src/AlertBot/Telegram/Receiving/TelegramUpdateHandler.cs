using System.Globalization;
using AlertBot.Alerts;
using AlertBot.Alerts.Delivery;
using AlertBot.Chat;
using AlertBot.Telegram.Calls;
using AlertBot.Telegram.Formatting;
using AlertBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using TgChat = Telegram.Bot.Types.Chat;
using Telegram.Bot.Types.Enums;

namespace AlertBot.Telegram.Receiving;

/// <summary>
/// One incoming update, whichever way it arrived (polling or webhook): commands go to the shared
/// <see cref="CommandHandler"/>, button presses are the command they carry, a shared location lists alerts nearby.
/// </summary>
public sealed class TelegramUpdateHandler(
    CommandHandler commands,
    TelegramChatTransport transport,
    TelegramCall call,
    ChatAdmins chatAdmins,
    AlertQueries alerts,
    DeliveryStore deliveries,
    TelegramBotIdentity identity,
    IOptions<TelegramOptions> options,
    IOptions<AlertsOptions> alertsOptions,
    TimeProvider clock,
    ILogger<TelegramUpdateHandler> logger)
{
    /// <summary>How long a command naming a bot waits for getMe at start before it is taken as ours.</summary>
    public static readonly TimeSpan IdentityPatience = TimeSpan.FromSeconds(30);

    /// <summary>Whether the update asks for an answer (and so counts towards the chat's flood window).</summary>
    public bool WantsAnswer(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.CallbackQuery is not null)
        {
            return true;
        }

        var message = update.Message ?? update.ChannelPost;
        if (message is null || message.MigrateToChatId is not null)
        {
            return false;
        }

        if (message.Location is not null)
        {
            return true;
        }

        return message.Text is { } text && IsMeantForMe(message.Chat, text);
    }

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.MyChatMember is { NewChatMember.Status: ChatMemberStatus.Kicked or ChatMemberStatus.Left } removed)
        {
            // Blocked or removed: stop queueing alerts for the chat now rather than learn it from a 403 per alert.
            var status = removed.NewChatMember.Status.ToString().ToLowerInvariant();
            logger.LogInformation("Bot was removed from chat {Chat} ({Status})", removed.Chat.Id, status);
            await deliveries.DeactivateChatAsync(removed.Chat.Id, $"bot {status} by the chat", cancellationToken);
            return;
        }

        if (update.CallbackQuery is { } callback)
        {
            await HandleCallbackAsync(callback, cancellationToken);
            return;
        }

        // Edited messages are ignored on purpose: answering an edit would repeat a reply the chat already has.
        var isChannelPost = update.Message is null;
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

        if (identity.Username is null && TelegramBotIdentity.MentionsABot(text))
        {
            // Updates can arrive before getMe answers: "/city@some_other_bot" is not ours, and only the name tells.
            await identity.WhenKnownAsync(IdentityPatience, clock, cancellationToken);
        }

        if (!IsMeantForMe(message.Chat, text))
        {
            return;
        }

        var canManage = !CommandHandler.ChangesChat(text)
            || await chatAdmins.CanManageAsync(message.Chat, message.From, message.SenderChat, isChannelPost, cancellationToken);
        var reply = await commands.HandleAsync(Request(message.Chat, message.From?.Id, text, canManage), cancellationToken);
        await transport.SendReplyAsync(message.Chat.Id, reply, cancellationToken);
    }

    /// <summary>Tells a flooding chat, once per window, that its commands are being ignored until the window ends.</summary>
    public Task SendFloodNoticeAsync(long chatId, DateTimeOffset until, CancellationToken cancellationToken) =>
        transport.SendReplyAsync(chatId, ChatReply.Plain(
            $"Too many messages at once: I will answer this chat again from {until.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} UTC."),
            cancellationToken);

    /// <summary>Groups and channels talk among themselves: only commands meant for this bot get an answer there.</summary>
    private bool IsMeantForMe(TgChat chat, string text)
    {
        var isCommand = text.TrimStart().StartsWith('/');
        return isCommand ? identity.IsAddressedToMe(text) : chat.Type == ChatType.Private;
    }

    private async Task HandleCallbackAsync(CallbackQuery callback, CancellationToken cancellationToken)
    {
        try
        {
            // Answer first: the button shows a spinner until Telegram hears back. The Bot API answers True.
            await call.RunLenientAsync(new AnswerCallbackQueryRequest { CallbackQueryId = callback.Id }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("answerCallbackQuery failed: {Error}", call.Describe(ex));
        }

        if (callback.Data is not { Length: > 0 } data)
        {
            return;
        }

        var chat = callback.Message?.Chat ?? new TgChat { Id = callback.From.Id, Type = ChatType.Private, FirstName = callback.From.FirstName };
        var canManage = !CommandHandler.ChangesChat(data)
            || await chatAdmins.CanManageAsync(chat, callback.From, senderChat: null, isChannelPost: false, cancellationToken);
        var reply = await commands.HandleAsync(Request(chat, callback.From.Id, data, canManage), cancellationToken);
        if (reply.IsMenu && callback.Message is { } pressedOn)
        {
            await transport.ReplaceReplyAsync(chat.Id, pressedOn.Id, reply, cancellationToken);
        }
        else
        {
            await transport.SendReplyAsync(chat.Id, reply, cancellationToken);
        }
    }

    private ChatRequest Request(TgChat chat, long? fromId, string text, bool canManage) =>
        new(chat.Id, chat.Type.ToString().ToLowerInvariant(), chat.Title ?? chat.Username ?? chat.FirstName, text, IsAdmin(chat.Id, fromId), canManage);

    private async Task HandleLocationAsync(long chatId, Location location, CancellationToken cancellationToken)
    {
        var radius = options.Value.NearbyRadiusKm;
        var near = await alerts.NearAsync(location.Latitude, location.Longitude, radius, alertsOptions.Value.MaxListed, cancellationToken);
        var radiusText = radius.ToString("0.#", CultureInfo.InvariantCulture);
        var heading = near.Count == 0
            ? $"No alerts within {radiusText} km of that location."
            : $"Alerts within {radiusText} km, nearest first:";
        var blocks = MessageSplitter.SplitPlain(heading)
            .Concat(near.Select(n => AlertFormatter.Compact(n.Alert, $"({n.Km.ToString("0", CultureInfo.InvariantCulture)} km)", transport.Label)));
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
