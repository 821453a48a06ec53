using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AlertBot.Telegram.Api;

/// <summary>
/// Bot API over HttpClient. The token lives only in the HttpClient's BaseAddress (…/bot&lt;token&gt;/); the
/// client registered for it has HttpClientFactory's request logging removed, and every message this class
/// produces goes through <see cref="Redact"/>.
/// </summary>
public sealed class TelegramBotClient(HttpClient http, IOptions<TelegramOptions> options) : ITelegramBotClient
{
    private const string RedactedToken = "<redacted>";
    private readonly string _token = options.Value.BotToken?.Trim() ?? "";
    private readonly TimeSpan _requestTimeout = TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds);

    public static Uri BaseAddressFor(TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Uri($"{options.ApiBaseUrl.TrimEnd('/')}/bot{options.BotToken?.Trim()}/");
    }

    public Task<User> GetMeAsync(CancellationToken cancellationToken = default) =>
        CallAsync<User>("getMe", new { }, _requestTimeout, cancellationToken);

    public async Task<IReadOnlyList<Update>> GetUpdatesAsync(
        long? offset, int timeoutSeconds, IReadOnlyList<string>? allowedUpdates = null, CancellationToken cancellationToken = default)
    {
        // The server holds the request for up to timeoutSeconds, so our own deadline must sit beyond that.
        var deadline = _requestTimeout + TimeSpan.FromSeconds(timeoutSeconds);
        var payload = new { Offset = offset, Timeout = timeoutSeconds, AllowedUpdates = allowedUpdates };
        return await CallAsync<Update[]>("getUpdates", payload, deadline, cancellationToken).ConfigureAwait(false);
    }

    public Task<Message> SendMessageAsync(
        long chatId,
        string text,
        string? parseMode = null,
        InlineKeyboardMarkup? replyMarkup = null,
        bool disableLinkPreview = false,
        CancellationToken cancellationToken = default)
    {
        var payload = new
        {
            ChatId = chatId,
            Text = text,
            ParseMode = parseMode,
            ReplyMarkup = replyMarkup,
            LinkPreviewOptions = disableLinkPreview ? new LinkPreviewOptions(true) : null,
        };
        return CallAsync<Message>("sendMessage", payload, _requestTimeout, cancellationToken);
    }

    public Task<Message> EditMessageTextAsync(
        long chatId,
        long messageId,
        string text,
        string? parseMode = null,
        InlineKeyboardMarkup? replyMarkup = null,
        bool disableLinkPreview = false,
        CancellationToken cancellationToken = default)
    {
        var payload = new
        {
            ChatId = chatId,
            MessageId = messageId,
            Text = text,
            ParseMode = parseMode,
            ReplyMarkup = replyMarkup,
            LinkPreviewOptions = disableLinkPreview ? new LinkPreviewOptions(true) : null,
        };
        return CallAsync<Message>("editMessageText", payload, _requestTimeout, cancellationToken);
    }

    public Task AnswerCallbackQueryAsync(string callbackQueryId, string? text = null, CancellationToken cancellationToken = default) =>
        CallAsync<bool>("answerCallbackQuery", new { CallbackQueryId = callbackQueryId, Text = text }, _requestTimeout, cancellationToken);

    public Task SetMyCommandsAsync(IReadOnlyList<BotCommand> commands, CancellationToken cancellationToken = default) =>
        CallAsync<bool>("setMyCommands", new { Commands = commands }, _requestTimeout, cancellationToken);

    public Task SetWebhookAsync(
        string url, string? secretToken = null, IReadOnlyList<string>? allowedUpdates = null, CancellationToken cancellationToken = default) =>
        CallAsync<bool>("setWebhook", new { Url = url, SecretToken = secretToken, AllowedUpdates = allowedUpdates }, _requestTimeout, cancellationToken);

    public Task DeleteWebhookAsync(bool dropPendingUpdates = false, CancellationToken cancellationToken = default) =>
        CallAsync<bool>("deleteWebhook", new { DropPendingUpdates = dropPendingUpdates }, _requestTimeout, cancellationToken);

    public Task<Message> SendLocationAsync(long chatId, double latitude, double longitude, CancellationToken cancellationToken = default) =>
        CallAsync<Message>("sendLocation", new { ChatId = chatId, Latitude = latitude, Longitude = longitude }, _requestTimeout, cancellationToken);

    /// <summary>Replaces the bot token wherever it appears; for anything that may end up in a log.</summary>
    public string Redact(string text) =>
        _token.Length == 0 || string.IsNullOrEmpty(text) ? text : text.Replace(_token, RedactedToken, StringComparison.Ordinal);

    private async Task<T> CallAsync<T>(string method, object payload, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var content = JsonContent.Create(payload, options: TelegramJson.Options);
            using var response = await http.PostAsync(method, content, deadline.Token).ConfigureAwait(false);
            ApiResponse<T>? body = null;
            try
            {
                body = await response.Content.ReadFromJsonAsync<ApiResponse<T>>(TelegramJson.Options, deadline.Token).ConfigureAwait(false);
            }
            catch (JsonException)
            {
                // A proxy's HTML error page or an empty body: fall back to the HTTP status below.
            }

            if (body is { Ok: true, Result: not null })
            {
                return body.Result;
            }

            var code = body?.ErrorCode ?? (int)response.StatusCode;
            var description = body?.Description ?? response.ReasonPhrase ?? "no description";
            var retryAfter = body?.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            throw new TelegramApiException(method, code, Redact(description), retryAfter, body?.Parameters?.MigrateToChatId);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TelegramApiException(method, 0, $"no answer within {timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            // The inner exception is kept only when nothing in it can leak the token.
            var inner = _token.Length > 0 && ex.ToString().Contains(_token, StringComparison.Ordinal) ? null : ex;
            throw new TelegramApiException(method, 0, Redact(ex.Message), innerException: inner);
        }
    }
}
