using Quartz;

namespace AlertBot.Storage;

/// <summary>Prunes the store every hour (<see cref="StoreRetention"/>); on several workers, one of them at a time.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(StoreRetention retention) : IJob
{
    public static readonly JobKey Key = new("retention");

    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Not at start-up: the first run waits until the worker has settled.</summary>
    public static readonly TimeSpan FirstRunAfter = TimeSpan.FromMinutes(2);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await retention.RunAsync(cancellationToken);
    }
}
