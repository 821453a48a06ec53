using AlertBot.Alerts;

namespace AlertBot.Chat;

/// <summary>Where chats live: the console when no bot token is set, Telegram otherwise.</summary>
public interface IChatTransport
{
    /// <summary>Sends an alert; returns the transport's message id when it can later be edited.</summary>
    Task<long?> SendAlertAsync(long chatId, AlertView alert, CancellationToken cancellationToken);

    /// <summary>Replaces an alert already sent (new sources, firmer wording) instead of sending a second one.</summary>
    Task UpdateAlertAsync(long chatId, long? messageId, AlertView alert, CancellationToken cancellationToken);

    Task SendReplyAsync(long chatId, ChatReply reply, CancellationToken cancellationToken);
}
