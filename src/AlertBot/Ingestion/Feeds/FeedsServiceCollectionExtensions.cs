using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace AlertBot.Ingestion.Feeds;

public static class FeedsServiceCollectionExtensions
{
    /// <summary>Feed polling: options, the guarded HTTP client, stores, and one Quartz job per configured feed.</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<FeedsOptions, FeedsOptionsValidator>(configuration, FeedsOptions.Section);
        services.AddSingleton(sp =>
        {
            var max = Math.Max(FeedParserLimits.Default.MaxBytes, sp.GetRequiredService<IOptions<FeedsOptions>>().Value.MaxResponseBytes);
            return new FeedParser(FeedParserLimits.Default with { MaxBytes = max });
        });
        services.AddSingleton<FeedHttpClient>();
        services.AddSingleton<ArticlePageReader>();
        services.AddSingleton<FeedHealthStore>();
        services.AddSingleton<FeedItemLedger>();
        services.AddSingleton<FeedPoller>();

        // Quartz needs its jobs at registration time, so the list is read here; validation still runs on start.
        var sources = ReadSources(configuration);
        services.AddQuartz(q =>
        {
            var start = DateTimeOffset.UtcNow.AddSeconds(2);
            foreach (var (feed, index) in sources.Where(s => !string.IsNullOrWhiteSpace(s.Name)).Select((s, i) => (s, i)))
            {
                var key = new JobKey($"feed:{feed.Name}", "feeds");
                var interval = TimeSpan.FromSeconds(Math.Max(FeedSourceOptions.MinIntervalSeconds, feed.IntervalSeconds));
                q.AddJob<FeedPollJob>(j => j.WithIdentity(key).UsingJobData(FeedPollJob.FeedNameKey, feed.Name));
                // Staggered so a restart does not hit every outlet in the same second. A stable identity: a persistent
                // (clustered) store keeps triggers, and a generated key would add another copy at every start.
                q.AddTrigger(t => t.WithIdentity(key.Name, key.Group).ForJob(key).StartAt(start.AddSeconds(index * 3)).WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()));
            }
        });
        return services;
    }

    private static List<FeedSourceOptions> ReadSources(IConfiguration configuration)
    {
        try
        {
            return configuration.GetSection(FeedsOptions.Section).Get<FeedsOptions>()?.Sources ?? [];
        }
        catch (InvalidOperationException)
        {
            // A value that does not convert: start-up reports it by name, with every other problem, and stops.
            return [];
        }
    }
}
