using AlertBot.Telegram.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Telegram.Receiving;

/// <summary>Long polling (getUpdates): no public URL needed. Each update's offset is stored once it is handled.</summary>
public sealed class TelegramPollingService(
    ITelegramBotClient bot,
    TelegramUpdateHandler handler,
    TelegramOffsetStore offsets,
    TelegramBotSetup setup,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var ready = false;
        var failures = 0;
        long? offset = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!ready)
                {
                    ready = await setup.TryRunAsync(stoppingToken);
                    offset = await offsets.GetAsync(stoppingToken);
                }

                var updates = await bot.GetUpdatesAsync(offset, options.Value.PollingTimeoutSeconds, TelegramBotSetup.AllowedUpdates, stoppingToken);
                failures = 0;
                foreach (var update in updates.OrderBy(u => u.UpdateId))
                {
                    await HandleOneAsync(update, stoppingToken);
                    offset = update.UpdateId + 1;
                    // Not cut short by shutdown: the update was handled, and must not be handled again.
                    await offsets.SetAsync(offset.Value, CancellationToken.None);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                failures++;
                if (ex is TelegramApiException { ErrorCode: 409 })
                {
                    ready = false;
                }

                var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures - 1), MaxBackoff.TotalSeconds));
                logger.LogWarning("Telegram polling failed ({Failures} in a row), retrying in {Delay}: {Error}", failures, delay, ex.Message);
                await Task.Delay(delay, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task HandleOneAsync(Update update, CancellationToken stoppingToken)
    {
        try
        {
            await handler.HandleAsync(update, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // One bad update must not block the ones behind it: it is logged and skipped.
            logger.LogError(ex, "Telegram update {UpdateId} could not be handled; skipping it", update.UpdateId);
        }
    }
}
