namespace AlertBot.Telegram.Receiving;

/// <param name="Until">When the chat's window ends and its commands are answered again (for the notice).</param>
public sealed record FloodVerdict(FloodAction Action, DateTimeOffset? Until);
