namespace AlertBot.Telegram.Api;

/// <param name="Date">Unix time in seconds, as the Bot API sends it.</param>
/// <param name="MigrateToChatId">Set on the service message a group sends when it becomes a supergroup.</param>
public sealed record Message(
    long MessageId,
    Chat Chat,
    long Date,
    User? From = null,
    string? Text = null,
    Location? Location = null,
    long? MigrateToChatId = null);
