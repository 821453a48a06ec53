using AlertBot.Telegram.Calls;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace AlertBot.Telegram.Receiving;

/// <summary>
/// Long polling (getUpdates): no public URL needed. Each batch is stored in the <see cref="UpdateInbox"/> before
/// the offset moves past it, so a stop loses nothing; answering happens per chat in the <see cref="UpdateQueue"/>,
/// never in this loop, so one slow chat cannot hold up receiving.
/// </summary>
public sealed class TelegramPollingService(
    TelegramCall call,
    UpdateQueue queue,
    TelegramOffsetStore offsets,
    TelegramBotSetup setup,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(60);
    private const int BatchLimit = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var setupRun = setup.RunAsync(stoppingToken);
        try
        {
            await queue.ResumeAsync(stoppingToken);
            await setup.Receiving.WaitAsync(stoppingToken);
            await PollAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await setupRun.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var streak = new FailureStreak(BaseDelay, MaxDelay);
        var offset = await offsets.GetAsync(stoppingToken);
        var wait = options.Value.PollingTimeoutSeconds;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var updates = await call.RunAsync(
                    (bot, ct) => bot.GetUpdates(offset is { } o ? checked((int)o) : null, BatchLimit, wait, TelegramBotSetup.AllowedUpdates, ct),
                    stoppingToken,
                    longer: TimeSpan.FromSeconds(wait));
                if (streak.Succeed() is > 0 and var failures)
                {
                    logger.LogInformation("Telegram polling works again after {Failures} failed attempts", failures);
                }

                foreach (var update in updates.OrderBy(u => u.Id))
                {
                    await queue.AcceptAsync(update, stoppingToken);
                }

                if (updates.Length > 0)
                {
                    offset = updates.Max(u => u.Id) + 1L;
                    await offsets.SetAsync(offset.Value, CancellationToken.None);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                var (delay, isNews) = streak.Fail(ex);
                if (isNews)
                {
                    logger.LogWarning("Telegram polling failed, retrying with backoff (up to {Max}) and logging only changes: {Error}", MaxDelay, call.Describe(ex));
                }

                logger.LogDebug("Telegram polling failure {Failures}; next attempt in {Delay}", streak.Count, delay);
                if (TelegramError.Code(ex) == 409)
                {
                    // Someone set a webhook meanwhile; getUpdates cannot work until it is removed.
                    await setup.EnsureReceivingAsync(stoppingToken);
                }

                await Task.Delay(delay, clock, stoppingToken);
            }
        }
    }
}
