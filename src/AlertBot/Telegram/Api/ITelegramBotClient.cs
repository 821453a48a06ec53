namespace AlertBot.Telegram.Api;

/// <summary>
/// The Bot API methods this bot uses, named as in the Bot API (and as Telegram.Bot names them) so that
/// library can take this seam's place. Failures throw <see cref="TelegramApiException"/>.
/// </summary>
public interface ITelegramBotClient
{
    Task<User> GetMeAsync(CancellationToken cancellationToken = default);

    /// <param name="timeoutSeconds">Long-polling wait; 0 answers at once.</param>
    Task<IReadOnlyList<Update>> GetUpdatesAsync(
        long? offset, int timeoutSeconds, IReadOnlyList<string>? allowedUpdates = null, CancellationToken cancellationToken = default);

    Task<Message> SendMessageAsync(
        long chatId,
        string text,
        string? parseMode = null,
        InlineKeyboardMarkup? replyMarkup = null,
        bool disableLinkPreview = false,
        CancellationToken cancellationToken = default);

    Task<Message> EditMessageTextAsync(
        long chatId,
        long messageId,
        string text,
        string? parseMode = null,
        InlineKeyboardMarkup? replyMarkup = null,
        bool disableLinkPreview = false,
        CancellationToken cancellationToken = default);

    Task AnswerCallbackQueryAsync(string callbackQueryId, string? text = null, CancellationToken cancellationToken = default);

    Task SetMyCommandsAsync(IReadOnlyList<BotCommand> commands, CancellationToken cancellationToken = default);

    Task SetWebhookAsync(
        string url, string? secretToken = null, IReadOnlyList<string>? allowedUpdates = null, CancellationToken cancellationToken = default);

    Task DeleteWebhookAsync(bool dropPendingUpdates = false, CancellationToken cancellationToken = default);

    Task<Message> SendLocationAsync(long chatId, double latitude, double longitude, CancellationToken cancellationToken = default);
}
