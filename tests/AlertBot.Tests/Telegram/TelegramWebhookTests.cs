using System.Net;
using System.Text;
using AlertBot.Telegram.Receiving;
using AlertBot.Tests.Fakes;
using AlertBot.Tests.Support;

namespace AlertBot.Tests.Telegram;

public sealed class TelegramWebhookTests : IAsyncLifetime
{
    private const string Secret = "s3cret-Value_1";
    private readonly TempDirectory _folder = new();
    private FakeBotApi _api = null!;
    private TelegramTestHost _host = null!;
    private Uri _hook = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _host = await TelegramTestHost.StartAsync(_api, _folder.File("bot.db"), new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example/tg/hook",
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
        });
        _hook = await _host.Get<TelegramWebhookServer>().Listening.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong", HttpStatusCode.Forbidden)]
    [InlineData(Secret + "x", HttpStatusCode.Forbidden)]
    public async Task Post_WithoutTheRightSecret_RefusedAndNotHandled(string? secret, HttpStatusCode expected)
    {
        var status = await PostAsync(FakeBotApi.UpdateJson(1, 77, "/start"), secret);
        await PostAsync(FakeBotApi.UpdateJson(2, 77, "/help"), Secret);
        await Eventually.TrueAsync(() => _api.MessagesTo(77).Count > 0, "the answer to the later, authorised update");

        Assert.Equal(expected, status);
        var only = Assert.Single(_api.MessagesTo(77));
        Assert.Contains("/start - subscribe", only.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithSecret_HandledOnceEvenWhenRedelivered()
    {
        var update = FakeBotApi.UpdateJson(5, 78, "/start");

        var first = await PostAsync(update, Secret);
        var again = await PostAsync(update, Secret);
        await PostAsync(FakeBotApi.UpdateJson(6, 78, "/help"), Secret);
        await Eventually.TrueAsync(() => _api.MessagesTo(78).Count >= 2, "the replies, the last to a later update");

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(2, _api.MessagesTo(78).Count);
        Assert.Contains("Subscribed", _api.MessagesTo(78)[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UpdatesOutOfOrderAndRepeatedConcurrently_EachHandledExactlyOnce()
    {
        // Telegram posts over up to 40 connections: a newer update can land first, and any can come twice.
        var ids = new long[] { 30, 28, 29, 28, 30, 27, 29, 27 };
        var statuses = await Task.WhenAll(ids.Select(id => PostAsync(FakeBotApi.UpdateJson(id, 3000 + id, "/start"), Secret)));
        var chats = ids.Distinct().Select(id => 3000 + id).ToList();
        await Eventually.TrueAsync(() => chats.All(c => _api.MessagesTo(c).Count > 0), "an answer in every chat");
        foreach (var chat in chats)
        {
            await PostAsync(FakeBotApi.UpdateJson(chat + 100, chat, "/help"), Secret);
        }

        await Eventually.TrueAsync(() => chats.All(c => _api.MessagesTo(c).Count >= 2), "the answers to the later updates (the barrier)");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(chats, c => Assert.Equal(2, _api.MessagesTo(c).Count));
        Assert.All(chats, c => Assert.Contains("Subscribed", _api.MessagesTo(c)[0].Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_WebhookMode_RegistersTheWebhookWithItsSecretAndNeverPolls()
    {
        await Eventually.TrueAsync(() => _api.WebhookUrl is not null, "setWebhook");

        Assert.Equal("https://bot.example/tg/hook", _api.WebhookUrl);
        Assert.Equal(Secret, _api.WebhookSecret);
        Assert.Equal("/tg/hook", _hook.AbsolutePath);
        Assert.DoesNotContain(_api.Calls, c => c.Method == "getUpdates");
    }

    [Fact]
    public async Task Post_NotJson_BadRequest()
    {
        var status = await PostAsync("{not json", Secret);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    private async Task<HttpStatusCode> PostAsync(string json, string? secret)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, _hook) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhookServer.SecretHeader, secret);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
