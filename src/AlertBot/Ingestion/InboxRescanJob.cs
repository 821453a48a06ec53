using Microsoft.Extensions.Logging;
using Quartz;

namespace AlertBot.Ingestion;

/// <summary>The safety net under the watcher: a full rescan on a timer picks up whatever events were lost.</summary>
[DisallowConcurrentExecution]
public sealed class InboxRescanJob(InboxScanner scanner, ILogger<InboxRescanJob> logger) : IJob
{
    public static readonly JobKey Key = new("inbox-rescan");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var result = await scanner.ScanAsync(cancellationToken);
            if (result.Processed + result.Quarantined + result.Failed > 0)
            {
                logger.LogInformation(
                    "Inbox rescan: {Processed} processed, {Duplicates} duplicates, {Quarantined} quarantined, {Failed} failed",
                    result.Processed, result.Duplicates, result.Quarantined, result.Failed);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Inbox rescan of {Inbox} failed", scanner.Root);
        }
    }
}
