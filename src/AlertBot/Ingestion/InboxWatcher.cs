using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlertBot.Ingestion;

/// <summary>
/// Reacts to file-system events within moments. Events can be lost (buffer overflow, network shares),
/// which is why <see cref="InboxRescanJob"/> also rescans on a timer; this only makes the common case fast.
/// </summary>
public sealed class InboxWatcher(InboxScanner scanner, TimeProvider clock, ILogger<InboxWatcher> logger) : BackgroundService
{
    private readonly WakeSignal _changed = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(scanner.Root);
        using var watcher = new FileSystemWatcher(scanner.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Created += (_, _) => _changed.Notify();
        watcher.Changed += (_, _) => _changed.Notify();
        watcher.Renamed += (_, _) => _changed.Notify();
        watcher.Error += (_, e) =>
        {
            logger.LogWarning(e.GetException(), "Inbox watcher lost events; the periodic rescan will catch up");
            _changed.Notify();
        };
        watcher.EnableRaisingEvents = true;
        logger.LogInformation("Watching {Inbox} for articles", scanner.Root);

        var wait = TimeSpan.Zero; // scan once at start: files may have arrived while we were down
        string? lastError = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Infinite is a wait too: with nothing pending the watcher sleeps until the folder changes.
                if (wait != TimeSpan.Zero)
                {
                    await _changed.WaitAsync(wait, stoppingToken);
                }

                var result = await scanner.ScanAsync(stoppingToken);
                wait = NextWait(result.RetryAt, clock.GetUtcNow());
                lastError = null;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The scanner handles its own failures; this is a bug. Logged once while it repeats.
                if (lastError != ex.Message)
                {
                    logger.LogError(ex, "Inbox scan of {Inbox} failed; retrying every {Delay}", scanner.Root, ErrorDelay);
                    lastError = ex.Message;
                }

                wait = ErrorDelay;
            }
        }
    }

    private static readonly TimeSpan ErrorDelay = TimeSpan.FromSeconds(5);

    /// <summary>Until a waiting file settles (a little after, never a busy 0), else until the folder changes.</summary>
    internal static TimeSpan NextWait(DateTimeOffset? retryAt, DateTimeOffset now)
    {
        if (retryAt is not { } at)
        {
            return Timeout.InfiniteTimeSpan;
        }

        var wait = at - now + TimeSpan.FromMilliseconds(50);
        return wait < TimeSpan.FromMilliseconds(50) ? TimeSpan.FromMilliseconds(50)
            : wait > TimeSpan.FromHours(1) ? TimeSpan.FromHours(1)
            : wait;
    }
}
