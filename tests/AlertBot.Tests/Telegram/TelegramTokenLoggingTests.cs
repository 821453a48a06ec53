using AlertBot.Tests.Fakes;
using AlertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlertBot.Tests.Telegram;

public sealed class TelegramTokenLoggingTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task WorkerRun_CommandsAlertsAndFailures_TokenNeverInAnyLogLine()
    {
        var logs = new CapturedLogs();
        await using (var host = await TelegramTestHost.StartAsync(_api, _folder.File("bot.db"), logs: logs))
        {
            _api.Block(12);
            _api.FailNext(13, 1);
            _api.UserSends(12, "/start");
            _api.UserSends(13, "/start");
            await Eventually.TrueAsync(() => _api.MessagesTo(13).Count == 1, "the /start reply after a 500");
            await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
            await Eventually.TrueAsync(() => _api.MessagesTo(13).Count == 2, "the alert");
        }

        Assert.Contains(logs.Lines, l => l.Contains("AlertBot.Telegram", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("403", StringComparison.Ordinal) || l.Contains("blocked", StringComparison.Ordinal));
        Assert.DoesNotContain(_api.Token, logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.Token.Split(':')[1], logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultHttpClientLogging_SameRequest_WouldLeakTheToken()
    {
        // The control: the capture does see request URIs when HttpClientFactory logging is left on.
        var logs = new CapturedLogs();
        using var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddHttpClient()
            .BuildServiceProvider();
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient("plain");

        using var response = await http.PostAsync(new Uri($"{_api.BaseUrl}/bot{_api.Token}/getMe"), null);

        Assert.Contains(_api.Token, logs.All, StringComparison.Ordinal);
    }
}
