using AlertBot.Telegram;
using AlertBot.Telegram.Api;
using AlertBot.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Telegram;

public sealed class TelegramBotClientTests : IAsyncLifetime
{
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync(FakeBotApiLimits.None);

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task SendMessageAsync_Accepted_ReturnsMessageAndSendsSnakeCaseJson()
    {
        using var http = new HttpClient();
        var client = Client(http, _api.BaseUrl, _api.Token);
        var keyboard = new InlineKeyboardMarkup([[new InlineKeyboardButton("More", "/city X")]]);

        var message = await client.SendMessageAsync(42, "<b>hi</b>", ParseModes.Html, keyboard, disableLinkPreview: true);

        Assert.Equal(42, message.Chat.Id);
        Assert.True(message.MessageId > 0);
        var call = Assert.Single(_api.Calls);
        Assert.Equal("sendMessage", call.Method);
        Assert.Equal("HTML", call.Body.GetProperty("parse_mode").GetString());
        Assert.Equal("/city X", call.Body.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
        Assert.True(call.Body.GetProperty("link_preview_options").GetProperty("is_disabled").GetBoolean());
    }

    [Fact]
    public async Task SendMessageAsync_Blocked_ThrowsChatGone()
    {
        _api.Block(7);
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => Client(http, _api.BaseUrl, _api.Token).SendMessageAsync(7, "x"));

        Assert.Equal(403, ex.ErrorCode);
        Assert.True(ex.IsChatGone);
        Assert.False(ex.IsTransient);
    }

    [Fact]
    public async Task SendMessageAsync_GroupUpgraded_ThrowsWithMigrateToChatId()
    {
        _api.MigrateGroup(-5, -1005);
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => Client(http, _api.BaseUrl, _api.Token).SendMessageAsync(-5, "x"));

        Assert.Equal(400, ex.ErrorCode);
        Assert.Equal(-1005, ex.MigrateToChatId);
        Assert.True(ex.IsMigrated);
    }

    [Fact]
    public async Task SendMessageAsync_ServerError_ThrowsTransient()
    {
        _api.FailNext(9, 1);
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => Client(http, _api.BaseUrl, _api.Token).SendMessageAsync(9, "x"));

        Assert.Equal(500, ex.ErrorCode);
        Assert.True(ex.IsTransient);
    }

    [Fact]
    public async Task SendMessageAsync_OverTheChatLimit_ThrowsRateLimitedWithRetryAfter()
    {
        await using var strict = await FakeBotApi.StartAsync(new FakeBotApiLimits(PerChatPerSecond: 0.2, PerChatBurst: 1));
        using var http = new HttpClient();
        var client = Client(http, strict.BaseUrl, strict.Token);
        await client.SendMessageAsync(3, "first");

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => client.SendMessageAsync(3, "second"));

        Assert.True(ex.IsRateLimited);
        Assert.NotNull(ex.RetryAfter);
        Assert.InRange(ex.RetryAfter!.Value.TotalSeconds, 1, 5);
    }

    [Fact]
    public async Task GetMeAsync_WrongToken_Throws401WithoutTheToken()
    {
        using var http = new HttpClient();
        const string wrong = "999:wrong-token";

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => Client(http, _api.BaseUrl, wrong).GetMeAsync());

        Assert.Equal(401, ex.ErrorCode);
        Assert.DoesNotContain(wrong, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessageAsync_NothingListening_ThrowsTransientWithoutTheToken()
    {
        string baseUrl;
        await using (var gone = await FakeBotApi.StartAsync())
        {
            baseUrl = gone.BaseUrl;
        }

        using var http = new HttpClient();
        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => Client(http, baseUrl, FakeBotApi.DefaultToken).SendMessageAsync(1, "x"));

        Assert.Equal(0, ex.ErrorCode);
        Assert.True(ex.IsTransient);
        Assert.DoesNotContain(FakeBotApi.DefaultToken, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetUpdatesAsync_Queued_ReturnsUpdatesAndForgetsConfirmedOnes()
    {
        using var http = new HttpClient();
        var client = Client(http, _api.BaseUrl, _api.Token);
        var first = _api.UserSends(11, "/start");
        _api.ChannelPosts(-100, "/latest");

        var updates = await client.GetUpdatesAsync(null, 0);
        var afterConfirm = await client.GetUpdatesAsync(first + 1, 0);

        Assert.Equal(2, updates.Count);
        Assert.Equal("/start", updates[0].Message!.Text);
        Assert.Equal(11, updates[0].Message!.Chat.Id);
        Assert.Equal("channel", updates[1].ChannelPost!.Chat.Type);
        var left = Assert.Single(afterConfirm);
        Assert.Equal(first + 1, left.UpdateId);
    }

    [Fact]
    public async Task GetUpdatesAsync_LongPoll_ReturnsAsSoonAsAnUpdateArrives()
    {
        using var http = new HttpClient();
        var client = Client(http, _api.BaseUrl, _api.Token);

        var poll = client.GetUpdatesAsync(null, 20);
        await Task.Delay(200);
        _api.UserSharesLocation(5, 34.7, 36.7);
        var updates = await poll.WaitAsync(TimeSpan.FromSeconds(10));

        var location = Assert.Single(updates).Message!.Location!;
        Assert.Equal(34.7, location.Latitude, 3);
    }

    [Fact]
    public async Task EditMessageTextAsync_SameText_ThrowsMessageNotModified()
    {
        using var http = new HttpClient();
        var client = Client(http, _api.BaseUrl, _api.Token);
        var sent = await client.SendMessageAsync(4, "same");

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => client.EditMessageTextAsync(4, sent.MessageId, "same"));
        var edited = await client.EditMessageTextAsync(4, sent.MessageId, "changed");

        Assert.True(ex.IsMessageNotModified);
        Assert.Equal("changed", Assert.Single(_api.MessagesTo(4)).Text);
        Assert.Equal(sent.MessageId, edited.MessageId);
    }

    [Fact]
    public async Task SetupMethods_Called_ReachTheApiWithTheirArguments()
    {
        using var http = new HttpClient();
        var client = Client(http, _api.BaseUrl, _api.Token);

        var me = await client.GetMeAsync();
        await client.SetMyCommandsAsync([new BotCommand("latest", "The newest alerts")]);
        await client.SetWebhookAsync("https://example.org/hook", "s3cret");
        var webhookAfterSet = _api.WebhookUrl;
        await client.DeleteWebhookAsync();
        await client.AnswerCallbackQueryAsync("cb1", "ok");
        var location = await client.SendLocationAsync(8, 1.5, 2.5);

        Assert.True(me.IsBot);
        Assert.Equal("latest", _api.Commands!.Value[0].GetProperty("command").GetString());
        Assert.Equal("https://example.org/hook", webhookAfterSet);
        Assert.Null(_api.WebhookUrl);
        Assert.Equal(8, location.Chat.Id);
    }

    private static TelegramBotClient Client(HttpClient http, string baseUrl, string token)
    {
        var options = new TelegramOptions { BotToken = token, ApiBaseUrl = baseUrl, RequestTimeoutSeconds = 10 };
        http.BaseAddress = TelegramBotClient.BaseAddressFor(options);
        http.Timeout = Timeout.InfiniteTimeSpan;
        return new TelegramBotClient(http, Options.Create(options));
    }
}
