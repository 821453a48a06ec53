namespace AlertBot.Tests.Fakes;

/// <summary>A message as the chat now shows it (edits applied).</summary>
public sealed record FakeBotApiMessage(long ChatId, long MessageId, string Text, string? ParseMode, string? ReplyMarkupJson, int Edits)
{
    /// <summary>Sent with disable_notification: the chat got it without a sound.</summary>
    public bool Silent { get; init; }
}
