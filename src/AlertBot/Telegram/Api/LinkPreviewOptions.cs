namespace AlertBot.Telegram.Api;

public sealed record LinkPreviewOptions(bool IsDisabled);
