namespace AlertBot.Telegram.Api;

/// <summary>The envelope every Bot API method answers with, successful or not.</summary>
public sealed record ApiResponse<T>(bool Ok, T? Result, int? ErrorCode, string? Description, ResponseParameters? Parameters);
