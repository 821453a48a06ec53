namespace AlertBot.Telegram.Api;

/// <summary>Why a request failed in a way the caller can act on: wait, or use the new chat id.</summary>
public sealed record ResponseParameters(long? MigrateToChatId, int? RetryAfter);
