using AlertBot.Alerts;

namespace AlertBot.Chat;

/// <summary>Where chats live: the console when no bot token is set, Telegram otherwise.</summary>
public interface IChatTransport
{
    /// <summary>Sends an alert; returns the transport's message id when it can later be edited.</summary>
    /// <param name="silent">Deliver without a notification sound (the chat's quiet hours).</param>
    Task<long?> SendAlertAsync(long chatId, AlertView alert, bool silent, CancellationToken cancellationToken);

    /// <summary>Replaces an alert already sent (new sources, firmer wording) instead of sending a second one.</summary>
    Task UpdateAlertAsync(long chatId, long? messageId, AlertView alert, CancellationToken cancellationToken);

    Task SendReplyAsync(long chatId, ChatReply reply, CancellationToken cancellationToken);
}
