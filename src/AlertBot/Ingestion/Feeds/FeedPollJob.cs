using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace AlertBot.Ingestion.Feeds;

/// <summary>One Quartz job per configured feed; a slow poll never overlaps the next one of the same feed.</summary>
[DisallowConcurrentExecution]
public sealed class FeedPollJob(FeedPoller poller, IOptions<FeedsOptions> options, ILogger<FeedPollJob> logger) : IJob
{
    public const string FeedNameKey = "feed";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.MergedJobDataMap.GetString(FeedNameKey);
        var feed = options.Value.Sources.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
        if (feed is null)
        {
            logger.LogWarning("Feed job {Job} names no configured feed ({Feed})", context.JobDetail.Key, name);
            return;
        }

        try
        {
            await poller.PollAsync(feed, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The poller handles feed failures itself; this is the database or a bug. Keep the schedule alive.
            logger.LogError(ex, "Polling feed {Feed} failed unexpectedly", feed.Name);
        }
    }
}
