namespace AlertBot.Chat;

/// <summary>A button under a reply; pressing it sends <see cref="Command"/> as if typed.</summary>
/// <param name="Row">Buttons with the same row name sit side by side (the settings menu); null gives a row of its own.</param>
public sealed record ReplyButton(string Label, string Command, string? Row = null);
