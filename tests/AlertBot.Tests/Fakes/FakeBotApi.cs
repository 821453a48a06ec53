using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static AlertBot.Tests.Fakes.FakeBotApiJson;

namespace AlertBot.Tests.Fakes;

/// <summary>
/// An in-process Bot API on 127.0.0.1 (random port): real HTTP, the same URL shape as api.telegram.org,
/// Telegram's send limits enforced with 429 + retry_after, and scriptable 403 / 400-migrate / 5xx answers.
/// Negative chat ids are groups (as in Telegram) and get the per-group limit too.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string DefaultToken = "123456:FAKE-token_for-tests";
    private const string NotJsonMarker = "__not_json";

    private readonly object _gate = new();
    private readonly WebApplication _app;
    private readonly FakeBotApiLimits _limits;
    private readonly FakeBotApiBucket _global;
    private readonly Dictionary<long, FakeBotApiBucket> _perChat = [];
    private readonly Dictionary<long, FakeBotApiBucket> _perGroup = [];
    private readonly List<FakeBotApiCall> _calls = [];
    private readonly List<FakeBotApiMessage> _messages = [];
    private readonly List<JsonObject> _pendingUpdates = [];
    private readonly HashSet<long> _blocked = [];
    private readonly Dictionary<long, long> _migrated = [];
    private readonly ConcurrentDictionary<long, int> _failNext = new();
    private readonly ConcurrentDictionary<long, int> _notJsonNext = new();
    private readonly ConcurrentDictionary<string, (int Status, int Times)> _failMethod = new();
    private readonly HashSet<(long Chat, long User)> _admins = [];
    private TaskCompletionSource _updateArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextUpdateId = 1000;
    private long _nextMessageId = 1;

    private FakeBotApi(WebApplication app, string token, FakeBotApiLimits limits)
    {
        _app = app;
        _limits = limits;
        _global = new FakeBotApiBucket(limits.GlobalPerSecond, limits.GlobalBurst);
        Token = token;
    }

    public string Token { get; }

    public string BaseUrl { get; private set; } = "";

    /// <summary>How long every send/edit takes to answer; lets a test stop the worker mid fan-out.</summary>
    public TimeSpan SendLatency { get; set; }

    /// <summary>Answer editMessageText with True instead of the Message, as some Bot API servers do.</summary>
    public bool EditAnswersTrue { get; set; }

    public string? WebhookUrl { get; private set; }

    public string? WebhookSecret { get; private set; }

    public JsonElement? Commands { get; private set; }

    /// <summary>The offset of the last getUpdates call: what the bot has confirmed as handled.</summary>
    public long? LastOffset { get; private set; }

    public int RateLimitedCount { get { lock (_gate) { return _calls.Count(c => c.Status == 429); } } }

    public IReadOnlyList<FakeBotApiCall> Calls { get { lock (_gate) { return _calls.ToList(); } } }

    public IReadOnlyList<FakeBotApiMessage> Messages { get { lock (_gate) { return _messages.ToList(); } } }

    public static async Task<FakeBotApi> StartAsync(FakeBotApiLimits? limits = null, string token = DefaultToken)
    {
        // An empty builder: no configuration files, so no file watchers (inotify instances are shared machine-wide).
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var fake = new FakeBotApi(app, token, limits ?? new FakeBotApiLimits());
        app.Map("/bot{token}/{method}", fake.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        fake.BaseUrl = addresses.Addresses.Single();
        return fake;
    }

    public IReadOnlyList<FakeBotApiMessage> MessagesTo(long chatId)
    {
        lock (_gate)
        {
            return _messages.Where(m => m.ChatId == chatId).ToList();
        }
    }

    public void Block(long chatId)
    {
        lock (_gate)
        {
            _blocked.Add(chatId);
        }
    }

    public void MigrateGroup(long chatId, long newChatId)
    {
        lock (_gate)
        {
            _migrated[chatId] = newChatId;
        }
    }

    public void FailNext(long chatId, int times) => _failNext[chatId] = times;

    /// <summary>The next sends to a chat get HTTP 200 with an HTML page instead of the API's JSON (a proxy in the way).</summary>
    public void AnswerNotJsonNext(long chatId, int times) => _notJsonNext[chatId] = times;

    /// <summary>Every call of a method fails with this status (and the API's error JSON), up to <paramref name="times"/> calls.</summary>
    public void FailMethod(string method, int status, int times = int.MaxValue) => _failMethod[method] = (status, times);

    /// <summary>Makes a user an administrator of a group (getChatMember answers "administrator").</summary>
    public void MakeAdmin(long chatId, long userId)
    {
        lock (_gate)
        {
            _admins.Add((chatId, userId));
        }
    }

    public long UserSends(long chatId, string text, string chatType = "private") =>
        Enqueue(new JsonObject { ["message"] = MessageJson(0, chatId, chatType, text, fromId: Math.Abs(chatId)) });

    /// <summary>A member of a group writes in it.</summary>
    public long MemberSends(long groupId, long userId, string text) =>
        Enqueue(new JsonObject { ["message"] = MessageJson(0, groupId, "supergroup", text, fromId: userId) });

    public long ChannelPosts(long chatId, string text) =>
        Enqueue(new JsonObject { ["channel_post"] = MessageJson(0, chatId, "channel", text, fromId: null) });

    public long UserSharesLocation(long chatId, double latitude, double longitude)
    {
        var message = MessageJson(0, chatId, "private", null, Math.Abs(chatId));
        message["location"] = new JsonObject { ["latitude"] = latitude, ["longitude"] = longitude };
        return Enqueue(new JsonObject { ["message"] = message });
    }

    public long UserPresses(long chatId, long messageId, string data, long? fromId = null) =>
        Enqueue(new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = $"cb{Interlocked.Increment(ref _nextMessageId)}",
                ["from"] = UserJson(fromId ?? Math.Abs(chatId)),
                ["message"] = MessageJson(messageId, chatId, chatId < 0 ? "group" : "private", "alert", fromId: null),
                ["chat_instance"] = "1",
                ["data"] = data,
            },
        });

    /// <summary>The user blocks the bot: Telegram tells the bot with a my_chat_member update (and answers 403 from then on).</summary>
    public long UserBlocksBot(long chatId)
    {
        Block(chatId);
        return Enqueue(new JsonObject
        {
            ["my_chat_member"] = new JsonObject
            {
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
                ["from"] = UserJson(Math.Abs(chatId)),
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["old_chat_member"] = new JsonObject { ["status"] = "member", ["user"] = UserJson(1, isBot: true) },
                ["new_chat_member"] = new JsonObject { ["status"] = "kicked", ["user"] = UserJson(1, isBot: true) },
            },
        });
    }

    /// <summary>An update in Bot API JSON without queueing it: for posting to the bot's webhook.</summary>
    public static string UpdateJson(long updateId, long chatId, string text) =>
        new JsonObject { ["update_id"] = updateId, ["message"] = MessageJson(1, chatId, "private", text, Math.Abs(chatId)) }.ToJsonString();

    public IReadOnlyList<FakeBotApiCall> CallsTo(string method)
    {
        lock (_gate)
        {
            return _calls.Where(c => c.Method == method).ToList();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private long Enqueue(JsonObject update)
    {
        lock (_gate)
        {
            var id = ++_nextUpdateId;
            update["update_id"] = id;
            _pendingUpdates.Add(update);
            _updateArrived.TrySetResult();
            _updateArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return id;
        }
    }

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        // When the request arrived, not when it was answered: a busy fake answering a queue at once is not a burst.
        var arrived = DateTimeOffset.UtcNow;
        var body = await ReadBodyAsync(context.Request).ConfigureAwait(false);
        if (token != Token)
        {
            await AnswerAsync(context, method, body, arrived, 401, Error(401, "Unauthorized")).ConfigureAwait(false);
            return;
        }

        if (_failMethod.TryGetValue(method, out var failing) && failing.Times > 0)
        {
            _failMethod[method] = failing with { Times = failing.Times - 1 };
            await AnswerAsync(context, method, body, arrived, failing.Status, Error(failing.Status, "Internal Server Error")).ConfigureAwait(false);
            return;
        }

        var (status, answer) = method switch
        {
            "getMe" => (200, Ok(UserJson(1, isBot: true))),
            "getUpdates" => await GetUpdatesAsync(body, context.RequestAborted).ConfigureAwait(false),
            "sendMessage" or "sendLocation" or "editMessageText" => await SendAsync(method, body, context.RequestAborted).ConfigureAwait(false),
            "setMyCommands" => SetCommands(body),
            "setWebhook" => SetWebhook(body),
            "deleteWebhook" => SetWebhook(null),
            "answerCallbackQuery" => (200, Ok(true)),
            "getChatMember" => ChatMember(body),
            _ => (404, Error(404, "Not Found: method not found")),
        };
        await AnswerAsync(context, method, body, arrived, status, answer).ConfigureAwait(false);
    }

    private async Task AnswerAsync(HttpContext context, string method, JsonElement body, DateTimeOffset arrived, int status, JsonObject answer)
    {
        lock (_gate)
        {
            _calls.Add(new FakeBotApiCall(method, body, status, arrived));
        }

        if (answer.ContainsKey(NotJsonMarker))
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body>OK</body></html>").ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString()).ConfigureAwait(false);
    }

    private async Task<(int, JsonObject)> GetUpdatesAsync(JsonElement body, CancellationToken aborted)
    {
        var offset = body.TryGetProperty("offset", out var o) && o.ValueKind == JsonValueKind.Number ? o.GetInt64() : (long?)null;
        var timeout = body.TryGetProperty("timeout", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : 0;
        var until = DateTimeOffset.UtcNow.AddSeconds(timeout);
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                if (WebhookUrl is not null)
                {
                    return (409, Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"));
                }

                LastOffset = offset;
                if (offset is { } confirmed)
                {
                    _pendingUpdates.RemoveAll(u => (long)u["update_id"]! < confirmed);
                }

                if (_pendingUpdates.Count > 0 || DateTimeOffset.UtcNow >= until)
                {
                    return (200, Ok(new JsonArray(_pendingUpdates.Select(u => (JsonNode)u.DeepClone()).ToArray())));
                }

                arrived = _updateArrived.Task;
            }

            var left = until - DateTimeOffset.UtcNow;
            if (left > TimeSpan.Zero)
            {
                try
                {
                    await arrived.WaitAsync(left, aborted).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    // Nothing came in: answer with the empty list on the next pass.
                }
            }
        }
    }

    private async Task<(int, JsonObject)> SendAsync(string method, JsonElement body, CancellationToken aborted)
    {
        if (SendLatency > TimeSpan.Zero)
        {
            await Task.Delay(SendLatency, aborted).ConfigureAwait(false);
        }

        var chatId = body.GetProperty("chat_id").GetInt64();
        lock (_gate)
        {
            if (RateLimit(chatId) is { } retryAfter)
            {
                var error = Error(429, $"Too Many Requests: retry after {retryAfter}");
                error["parameters"] = new JsonObject { ["retry_after"] = retryAfter };
                return (429, error);
            }

            if (_blocked.Contains(chatId))
            {
                return (403, Error(403, "Forbidden: bot was blocked by the user"));
            }

            if (_migrated.TryGetValue(chatId, out var newId))
            {
                var error = Error(400, "Bad Request: group chat was upgraded to a supergroup chat");
                error["parameters"] = new JsonObject { ["migrate_to_chat_id"] = newId };
                return (400, error);
            }

            if (_failNext.TryGetValue(chatId, out var failures) && failures > 0)
            {
                _failNext[chatId] = failures - 1;
                return (500, Error(500, "Internal Server Error"));
            }

            if (_notJsonNext.TryGetValue(chatId, out var pages) && pages > 0)
            {
                _notJsonNext[chatId] = pages - 1;
                return (200, new JsonObject { [NotJsonMarker] = true });
            }

            if (body.TryGetProperty("reply_markup", out var markup) && !ButtonsValid(markup))
            {
                return (400, Error(400, "Bad Request: BUTTON_DATA_INVALID"));
            }

            return method == "editMessageText" ? Edit(chatId, body) : Store(chatId, body);
        }
    }

    private (int, JsonObject) Store(long chatId, JsonElement body)
    {
        var text = body.TryGetProperty("text", out var t) ? t.GetString()! : "(location)";
        if (text.Length > 4096)
        {
            return (400, Error(400, "Bad Request: message is too long"));
        }

        var silent = body.TryGetProperty("disable_notification", out var quiet) && quiet.ValueKind == JsonValueKind.True;
        var message = new FakeBotApiMessage(chatId, _nextMessageId++, text, ParseMode(body), Markup(body), 0) { Silent = silent };
        _messages.Add(message);
        return (200, Ok(MessageJson(message.MessageId, chatId, chatId < 0 ? "group" : "private", text, fromId: 1)));
    }

    private (int, JsonObject) Edit(long chatId, JsonElement body)
    {
        var messageId = body.GetProperty("message_id").GetInt64();
        var text = body.GetProperty("text").GetString()!;
        var at = _messages.FindIndex(m => m.ChatId == chatId && m.MessageId == messageId);
        if (at < 0)
        {
            return (400, Error(400, "Bad Request: message to edit not found"));
        }

        var old = _messages[at];
        if (old.Text == text && old.ReplyMarkupJson == Markup(body))
        {
            return (400, Error(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"));
        }

        _messages[at] = old with { Text = text, ParseMode = ParseMode(body), ReplyMarkupJson = Markup(body), Edits = old.Edits + 1 };
        return (200, EditAnswersTrue ? Ok(true) : Ok(MessageJson(messageId, chatId, chatId < 0 ? "group" : "private", text, fromId: 1)));
    }

    /// <returns>retry_after in whole seconds (as Telegram sends it) when a limit is hit, else null.</returns>
    private int? RateLimit(long chatId)
    {
        var wait = _global.TryTake();
        if (wait == TimeSpan.Zero)
        {
            wait = Bucket(_perChat, chatId, _limits.PerChatPerSecond, _limits.PerChatBurst).TryTake();
        }

        if (wait == TimeSpan.Zero && chatId < 0)
        {
            wait = Bucket(_perGroup, chatId, _limits.GroupPerMinute / 60, _limits.GroupBurst).TryTake();
        }

        return wait == TimeSpan.Zero ? null : (int)Math.Ceiling(wait.TotalSeconds);
    }

    private static FakeBotApiBucket Bucket(Dictionary<long, FakeBotApiBucket> buckets, long chatId, double rate, double burst)
    {
        if (!buckets.TryGetValue(chatId, out var bucket))
        {
            buckets[chatId] = bucket = new FakeBotApiBucket(rate, burst);
        }

        return bucket;
    }

    private (int, JsonObject) SetCommands(JsonElement body)
    {
        lock (_gate)
        {
            Commands = body.GetProperty("commands").Clone();
        }

        return (200, Ok(true));
    }

    private (int, JsonObject) SetWebhook(JsonElement? body)
    {
        lock (_gate)
        {
            WebhookUrl = body?.GetProperty("url").GetString();
            WebhookSecret = body is { } b && b.TryGetProperty("secret_token", out var s) ? s.GetString() : null;
        }

        return (200, Ok(true));
    }

    private (int, JsonObject) ChatMember(JsonElement body)
    {
        var chatId = body.GetProperty("chat_id").GetInt64();
        var userId = body.GetProperty("user_id").GetInt64();
        bool admin;
        lock (_gate)
        {
            admin = _admins.Contains((chatId, userId));
        }

        var member = new JsonObject { ["status"] = admin ? "administrator" : "member", ["user"] = UserJson(userId) };
        if (admin)
        {
            member["can_be_edited"] = false;
            member["is_anonymous"] = false;
            member["can_manage_chat"] = true;
            member["can_delete_messages"] = true;
            member["can_manage_video_chats"] = true;
            member["can_restrict_members"] = true;
            member["can_promote_members"] = false;
            member["can_change_info"] = true;
            member["can_invite_users"] = true;
            member["can_post_stories"] = false;
            member["can_edit_stories"] = false;
            member["can_delete_stories"] = false;
        }

        return (200, Ok(member));
    }

    /// <summary>Telegram refuses callback_data over 64 bytes.</summary>
    private static bool ButtonsValid(JsonElement markup) =>
        !markup.TryGetProperty("inline_keyboard", out var rows)
        || rows.EnumerateArray().SelectMany(r => r.EnumerateArray()).All(b =>
            !b.TryGetProperty("callback_data", out var data) || System.Text.Encoding.UTF8.GetByteCount(data.GetString() ?? "") is >= 1 and <= 64);

    private static string? ParseMode(JsonElement body) => body.TryGetProperty("parse_mode", out var p) ? p.GetString() : null;

    private static string? Markup(JsonElement body) => body.TryGetProperty("reply_markup", out var m) ? m.GetRawText() : null;

    private static async Task<JsonElement> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength is 0 || request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return JsonDocument.Parse("{}").RootElement;
        }

        using var document = await JsonDocument.ParseAsync(request.Body).ConfigureAwait(false);
        return document.RootElement.Clone();
    }
}
