namespace AlertBot.Chat;

/// <summary>A button under a reply; pressing it sends <see cref="Command"/> as if typed.</summary>
public sealed record ReplyButton(string Label, string Command);
