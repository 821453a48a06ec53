using AlertBot.Alerts.Delivery;
using AlertBot.Chat;
using AlertBot.Telegram.Admin;
using AlertBot.Telegram.Api;
using AlertBot.Telegram.Receiving;
using AlertBot.Telegram.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
            .ConfigureHttpClient((sp, http) =>
            {
                http.BaseAddress = TelegramBotClient.BaseAddressFor(sp.GetRequiredService<IOptions<TelegramOptions>>().Value);
                // Each call sets its own deadline (long polls wait longer than sends).
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllLoggers();
        services.AddSingleton<ITelegramBotClient>(sp => new TelegramBotClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), sp.GetRequiredService<IOptions<TelegramOptions>>()));

        services.AddSingleton<TelegramRateLimiter>();
        services.AddSingleton<TelegramChatTransport>();
        services.AddSingleton<IChatTransport>(sp => sp.GetRequiredService<TelegramChatTransport>());
        services.AddSingleton<TelegramBotIdentity>();
        services.AddSingleton<TelegramBotSetup>();
        services.AddSingleton<TelegramOffsetStore>();
        services.AddSingleton<TelegramUpdateHandler>();
        if (Enum.TryParse<TelegramMode>(section[nameof(TelegramOptions.Mode)], ignoreCase: true, out var mode) && mode == TelegramMode.Webhook)
        {
            services.AddSingleton<TelegramWebhookServer>();
            services.AddHostedService(sp => sp.GetRequiredService<TelegramWebhookServer>());
        }
        else
        {
            services.AddHostedService<TelegramPollingService>();
        }

        return services;
    }
}
