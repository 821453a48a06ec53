namespace AlertBot.Telegram.Api;

/// <summary>The bot's own membership changed: a user blocked it ("kicked") or a group removed it ("left").</summary>
public sealed record ChatMemberUpdated(Chat Chat, User From, long Date, ChatMember OldChatMember, ChatMember NewChatMember);
