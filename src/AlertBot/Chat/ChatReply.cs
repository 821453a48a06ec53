using AlertBot.Alerts;

namespace AlertBot.Chat;

/// <summary>
/// An answer to a chat, as plain text plus alerts: each transport formats it (the console prints it,
/// Telegram escapes it into HTML), so article text is never trusted as markup.
/// </summary>
public sealed record ChatReply(string Text, IReadOnlyList<AlertView> Alerts, IReadOnlyList<ReplyButton> Buttons)
{
    /// <summary>A menu (/settings): pressing one of its buttons shows the answer in its place rather than below it.</summary>
    public bool IsMenu { get; init; }

    public static ChatReply Plain(string text) => new(text, [], []);
}
