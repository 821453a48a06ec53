using AlertBot.Alerts;
using AlertBot.Detection;
using AlertBot.Detection.Places;
using AlertBot.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlertBot.Tests.Telegram;

/// <summary>
/// The worker as production builds it (<see cref="AlertBotServiceCollectionExtensions.AddAlertBot"/>: pipeline,
/// SQLite file, inbox, delivery, Telegram transport and receiver) in a host that talks real HTTP to a
/// <see cref="FakeBotApi"/>. Only the settings, the clock and (where a test needs one) the gazetteer differ.
/// </summary>
public sealed class TelegramTestHost : IAsyncDisposable
{
    public const long AdminChatId = 900;

    private readonly IHost _host;

    private TelegramTestHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static async Task<TelegramTestHost> StartAsync(
        FakeBotApi api,
        string databasePath,
        IDictionary<string, string?>? settings = null,
        ILoggerProvider? logs = null,
        Gazetteer? gazetteer = null,
        TimeProvider? clock = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        var values = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = databasePath,
            ["Alerts:Embeddings"] = "None",
            ["Inbox:Path"] = Path.Combine(Path.GetDirectoryName(databasePath)!, "inbox"),
            ["Telegram:BotToken"] = api.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Telegram:AdminChatIds:0"] = AdminChatId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Delivery:PollSeconds"] = "0.1",
            ["Delivery:RetryBaseDelaySeconds"] = "0.05",
            ["Delivery:RetryMaxDelaySeconds"] = "0.2",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.AddAlertBot();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        if (gazetteer is not null)
        {
            builder.Services.AddSingleton(new DetectionEngine(gazetteer));
        }

        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        var host = builder.Build();
        await host.StartAsync();
        return new TelegramTestHost(host);
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public Task<ArticleOutcome> ProcessAsync(string outlet, string title, string body, DateTimeOffset? published = null) =>
        Get<ArticleProcessor>().ProcessAsync(
            new IncomingArticle($"https://{outlet}.example/{Guid.NewGuid():N}", outlet, title, body, $"https://{outlet}.example/story", published ?? DateTimeOffset.UtcNow),
            CancellationToken.None);

    public async Task StopAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _host.StopAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
