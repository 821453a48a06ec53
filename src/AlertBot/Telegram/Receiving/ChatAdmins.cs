using AlertBot.Telegram.Calls;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using TgChat = Telegram.Bot.Types.Chat;
using Telegram.Bot.Types.Enums;

namespace AlertBot.Telegram.Receiving;

/// <summary>
/// Who may change a chat's subscription, follows and settings: anyone in a private chat; in groups and channels
/// only the chat's administrators, asked of Telegram (getChatMember) when such a command arrives.
/// </summary>
public sealed class ChatAdmins(TelegramCall call, ILogger<ChatAdmins> logger)
{
    /// <param name="from">Who sent the message or pressed the button; null for channel posts.</param>
    /// <param name="senderChat">Set when a message is sent on behalf of a chat (channel posts, anonymous group admins).</param>
    public async Task<bool> CanManageAsync(TgChat chat, User? from, TgChat? senderChat, bool isChannelPost, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        if (chat.Type == ChatType.Private)
        {
            return true;
        }

        // Only a channel's administrators can post in it; an anonymous group admin writes as the group itself.
        if (isChannelPost || senderChat?.Id == chat.Id)
        {
            return true;
        }

        if (from is null)
        {
            return false;
        }

        try
        {
            var member = await call.RunAsync((bot, ct) => bot.GetChatMember(chat.Id, from.Id, ct), cancellationToken);
            return member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Unknown is not yes: the command is refused, and the member can try again.
            logger.LogWarning("Could not check whether user {User} administers chat {Chat}: {Error}", from.Id, chat.Id, call.Describe(ex));
            return false;
        }
    }
}
