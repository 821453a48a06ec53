using AlertBot.Alerts;
using AlertBot.Alerts.Delivery;
using AlertBot.Chat;
using AlertBot.Chat.Console;
using AlertBot.Detection;
using AlertBot.Detection.Places;
using AlertBot.Ingestion;
using AlertBot.Ingestion.Feeds;
using AlertBot.Storage;
using AlertBot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace AlertBot;

public static class AlertBotServiceCollectionExtensions
{
    /// <summary>Everything the worker runs: storage, detection, inbox, feeds, commands and a chat transport.</summary>
    public static IHostApplicationBuilder AddAlertBot(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
            o.UseUtcTimestamp = true;
        });
        // Quartz narrates every scheduler step at Information; its warnings and errors are what matter here.
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        services.AddSingleton(TimeProvider.System);
        services.AddValidatedOptions<StorageOptions, StorageOptionsValidator>(configuration, StorageOptions.Section);
        services.AddValidatedOptions<AlertsOptions, AlertsOptionsValidator>(configuration, AlertsOptions.Section);
        services.AddValidatedOptions<InboxOptions, InboxOptionsValidator>(configuration, InboxOptions.Section);
        services.AddAlertCore();
        // First hosted service, so the SQLite file is marked before anything writes to it (idle on PostgreSQL).
        services.AddSingleton<DatabaseFileGuard>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseFileGuard>());
        services.AddSchedulerStore(configuration);

        services.AddSingleton<InboxScanner>();
        services.AddHostedService<InboxWatcher>();
        // Quartz wants the period now; a value that is not a number is reported with the other settings at start.
        var rescan = TimeSpan.FromSeconds(int.TryParse(configuration[$"{InboxOptions.Section}:{nameof(InboxOptions.RescanSeconds)}"], out var seconds) && seconds >= 1 ? seconds : 30);
        services.AddQuartz(q =>
        {
            q.AddJob<InboxRescanJob>(j => j.WithIdentity(InboxRescanJob.Key));
            q.AddTrigger(t => t.WithIdentity(InboxRescanJob.Key.Name).ForJob(InboxRescanJob.Key).StartAt(DateTimeOffset.UtcNow + rescan).WithSimpleSchedule(s => s.WithInterval(rescan).RepeatForever()));
        });
        services.AddFeeds(configuration);
        services.AddSingleton<StoreRetention>();
        services.AddQuartz(q =>
        {
            q.AddJob<RetentionJob>(j => j.WithIdentity(RetentionJob.Key));
            q.AddTrigger(t => t.WithIdentity(RetentionJob.Key.Name).ForJob(RetentionJob.Key)
                .StartAt(DateTimeOffset.UtcNow + RetentionJob.FirstRunAfter).WithSimpleSchedule(s => s.WithInterval(RetentionJob.Interval).RepeatForever()));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

        services.AddDelivery(configuration);
        services.AddTelegram(configuration);
        if (string.IsNullOrWhiteSpace(configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.BotToken)}"]))
        {
            // No bot token: the console is the one chat, with alerts printed and a command prompt.
            services.AddSingleton<ConsoleChatTransport>(_ => new ConsoleChatTransport(System.Console.Out));
            services.AddSingleton<IChatTransport>(sp => sp.GetRequiredService<ConsoleChatTransport>());
            services.AddSingleton(System.Console.In);
            services.AddHostedService<ConsoleChat>();
        }

        return builder;
    }

    /// <summary>
    /// Building the gazetteer leaves tens of megabytes of parsing garbage once; one aggressive collection then
    /// hands those pages back to the OS instead of keeping them as the idle worker's resident memory.
    /// </summary>
    private static DetectionEngine LoadEngine()
    {
        var engine = new DetectionEngine(Gazetteer.LoadDefault());
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return engine;
    }

    /// <summary>The pipeline and its queries without any hosted service: what replay and tests build on.</summary>
    public static IServiceCollection AddAlertCore(this IServiceCollection services)
    {
        services.AddSingleton(_ => LoadEngine());
        services.AddSingleton<Database>();
        services.AddSingleton<WakeSignal>();
        services.AddSingleton<AlertBot.Alerts.Embedding.TextEmbedder>();
        services.AddSingleton<ArticleProcessor>();
        services.AddSingleton<AlertQueries>();
        services.AddSingleton<SubscriberStore>();
        services.AddSingleton<CityQuery>();
        services.AddSingleton<ChatSettingsStore>();
        services.AddSingleton<AlertPlaceLabels>();
        services.AddSingleton<FollowCommands>();
        services.AddSingleton<SettingsCommands>();
        services.AddSingleton<CommandHandler>();
        return services;
    }
}
