namespace AlertBot.Telegram.Api;

/// <summary>One incoming event; exactly one of the optional parts is set for the kinds this bot asks for.</summary>
public sealed record Update(
    long UpdateId,
    Message? Message = null,
    Message? EditedMessage = null,
    Message? ChannelPost = null,
    CallbackQuery? CallbackQuery = null,
    ChatMemberUpdated? MyChatMember = null);
