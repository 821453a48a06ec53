using AlertBot.Alerts.Delivery;
using AlertBot.Chat;
using AlertBot.Storage;
using AlertBot.Telegram.Admin;
using AlertBot.Telegram.Calls;
using AlertBot.Telegram.Receiving;
using AlertBot.Telegram.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace AlertBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    public const string HttpClientName = "telegram-bot-api";

    /// <summary>
    /// Admin commands always; the Telegram transport, receiver and client only when Telegram:BotToken is set,
    /// in which case Telegram replaces any chat transport registered before.
    /// </summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<TelegramOptions, TelegramOptionsValidator>(configuration, TelegramOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DeliveryStore>();
        services.AddSingleton<IAdminCommand, StatsCommand>();
        services.AddSingleton<IAdminCommand, SourcesCommand>();

        var section = configuration.GetSection(TelegramOptions.Section);
        if (string.IsNullOrWhiteSpace(section[nameof(TelegramOptions.BotToken)]))
        {
            return services;
        }

        // HttpClientFactory logs every request URI at Information, and the URI holds /bot<token>/: this client logs nothing.
        services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            // Each call sets its own deadline (TelegramCall), since long polls wait longer than sends.
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            // The outbox owns retries and retry_after: the library must not sleep on a 429 by itself.
            var clientOptions = new TelegramBotClientOptions(o.BotToken!.Trim(), o.ApiBaseUrl.TrimEnd('/')) { RetryCount = 0 };
            return new TelegramBotClient(clientOptions, sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName));
        });

        services.AddSingleton<TelegramCall>();
        // Sends book Telegram's limits in the store: shared by several workers (PostgreSQL), kept across a restart (both).
        services.AddSingleton<SharedRateSlots>();
        services.AddSingleton<TelegramRateLimiter>();
        services.AddSingleton<TelegramChatTransport>();
        services.AddSingleton<IChatTransport>(sp => sp.GetRequiredService<TelegramChatTransport>());
        services.AddSingleton<TelegramBotIdentity>();
        services.AddSingleton<TelegramBotSetup>();
        services.AddSingleton<TelegramOffsetStore>();
        services.AddSingleton<UpdateInbox>();
        services.AddSingleton<ChatFloodGate>();
        services.AddSingleton<ChatAdmins>();
        services.AddSingleton<TelegramUpdateHandler>();
        services.AddSingleton<UpdateQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<UpdateQueue>());
        if (Enum.TryParse<TelegramMode>(section[nameof(TelegramOptions.Mode)], ignoreCase: true, out var mode) && mode == TelegramMode.Webhook)
        {
            services.AddSingleton<TelegramWebhookServer>();
            services.AddHostedService(sp => sp.GetRequiredService<TelegramWebhookServer>());
        }
        else
        {
            // One poller for the bot however many workers run: Telegram allows one getUpdates at a time.
            services.AddHostedService(sp => ActivatorUtilities.CreateInstance<SingleWorkerService<TelegramPollingService>>(sp, AdvisoryLocks.TelegramPoller));
        }

        return services;
    }
}
