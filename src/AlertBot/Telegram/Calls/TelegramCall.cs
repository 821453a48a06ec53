using System.Text.Json;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests.Abstractions;

namespace AlertBot.Telegram.Calls;

/// <summary>
/// Runs Bot API calls through Telegram.Bot with a deadline of our own (long polls wait longer than sends), and
/// keeps the bot token out of every text it hands back for logging.
/// </summary>
public sealed class TelegramCall(ITelegramBotClient bot, IOptions<TelegramOptions> options)
{
    private const string RedactedToken = "<redacted>";
    private readonly string _token = options.Value.BotToken?.Trim() ?? "";
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds);

    /// <param name="longer">Added to the deadline, e.g. the getUpdates wait the server may hold the request for.</param>
    public async Task<T> RunAsync<T>(Func<ITelegramBotClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken, TimeSpan longer = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout + longer);
        try
        {
            return await call(bot, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RequestException($"no answer within {(_timeout + longer).TotalSeconds:0} s", ex);
        }
    }

    public Task RunAsync(Func<ITelegramBotClient, CancellationToken, Task> call, CancellationToken cancellationToken) =>
        RunAsync<bool>(async (b, ct) =>
        {
            await call(b, ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>
    /// For methods whose success the Bot API may answer with <c>true</c> instead of an object (edits, for
    /// instance): any <c>"ok": true</c> answer is success, whatever its result.
    /// </summary>
    public Task<JsonElement> RunLenientAsync(IRequest request, CancellationToken cancellationToken) =>
        RunAsync((b, ct) => b.SendRequest(new WireRequest<JsonElement>(request), ct), cancellationToken);

    /// <summary>A request sent as the Bot API documents it (see <see cref="WireRequest{TResult}"/>).</summary>
    public Task<TResult> RunAsync<TResult>(IRequest<TResult> request, CancellationToken cancellationToken) =>
        RunAsync((b, ct) => b.SendRequest(new WireRequest<TResult>(request), ct), cancellationToken);

    /// <summary>The failure as one log-safe line: no token, however the server or the network worded it.</summary>
    public string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var text = exception switch
        {
            ApiRequestException api => $"{api.ErrorCode}: {api.Message}",
            RequestException { HttpStatusCode: { } status } request => $"HTTP {(int)status}: {request.Message}",
            _ => exception.Message,
        };
        return Redact(text);
    }

    /// <summary>Replaces the bot token wherever it appears.</summary>
    public string Redact(string text) =>
        _token.Length == 0 || string.IsNullOrEmpty(text) ? text : text.Replace(_token, RedactedToken, StringComparison.Ordinal);
}
