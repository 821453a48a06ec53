using AlertBot.Chat;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Alerts.Delivery;

/// <summary>
/// Drains the outbox through the chat transport: alerts are sent, later confirmations edit the message
/// already sent. Rate limits are the transport's business; this class decides what happens after a
/// failure (retry with backoff, wait, deactivate, move a migrated group) and records every outcome.
/// </summary>
public sealed class DeliveryDispatcher(
    DeliveryStore store,
    AlertQueries alerts,
    ChatSettingsStore settings,
    IChatTransport transport,
    TimeProvider clock,
    WakeSignal signal,
    IOptions<DeliveryOptions> options,
    ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    private readonly DeliveryOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Sends already in flight when the host stops get a grace period: cutting them off would leave rows
        // in 'sending', and those are resent after a restart.
        using var inFlight = new CancellationTokenSource();
        await using var stopping = stoppingToken.Register(() => inFlight.CancelAfter(TimeSpan.FromSeconds(_options.ShutdownGraceSeconds)));
        await RequeueInterruptedAsync(stoppingToken);
        var lease = TimeSpan.FromSeconds(_options.LeaseSeconds);
        using var leases = CancellationTokenSource.CreateLinkedTokenSource(inFlight.Token);
        var keeping = KeepLeasesAsync(lease, leases.Token);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentSends, CancellationToken = stoppingToken };
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var due = await store.ClaimDueAsync(_options.BatchSize, lease, stoppingToken);
                if (due.Count == 0)
                {
                    await signal.WaitAsync(TimeSpan.FromSeconds(_options.PollSeconds), stoppingToken);
                    continue;
                }

                var views = (await alerts.LoadAsync(due.Select(d => d.DevelopmentId).Distinct().ToList(), stoppingToken)).ToDictionary(a => a.Id);
                var chats = await settings.LoadAsync(due.Select(d => d.ChatId).Distinct().ToList(), stoppingToken);
                await Parallel.ForEachAsync(due, parallel, (row, _) => new ValueTask(
                    DeliverAsync(row, views.GetValueOrDefault(row.DevelopmentId), chats.GetValueOrDefault(row.ChatId) ?? ChatSettings.Default, inFlight.Token)));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Delivery round failed; retrying shortly");
                await Task.Delay(TimeSpan.FromSeconds(_options.PollSeconds * 5), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        await leases.CancelAsync();
        await keeping;
        await ReleaseClaimsAsync();
    }

    /// <summary>
    /// Renews this worker's claims while it runs, and hands the claims of workers that stopped renewing theirs
    /// back to the queue. Both every third of a lease, so a live worker never loses a claim to a late renewal.
    /// </summary>
    private async Task KeepLeasesAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        var failing = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(lease / 3, clock, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await store.RenewLeasesAsync(lease, cancellationToken);
                var requeued = await store.RequeueExpiredAsync(cancellationToken);
                if (requeued > 0)
                {
                    logger.LogWarning("{Count} deliveries held by a worker that stopped were put back in the queue", requeued);
                }

                failing = false;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                if (!failing)
                {
                    logger.LogError(ex, "Could not renew delivery leases; retrying");
                }

                failing = true;
            }
        }
    }

    private async Task ReleaseClaimsAsync()
    {
        try
        {
            await store.ReleaseClaimsAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            // Not fatal: the claims run out by themselves.
            logger.LogWarning(ex, "Could not release this worker's delivery claims at shutdown");
        }
    }

    /// <summary>One delivery, start to recorded outcome; never throws (one bad row must not stop the rest).</summary>
    public async Task DeliverAsync(DeliveryRow row, AlertView? alert, ChatSettings chat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(chat);
        try
        {
            if (alert is null)
            {
                await store.MarkFailedAsync(row.Id, "the alert no longer exists", cancellationToken);
                return;
            }

            // Edits carry no notification and keep a chat's copy true, so only new alerts ask the chat's settings.
            var decision = row.Kind == DeliveryRow.UpdateKind
                ? new DeliveryDecision(DeliveryAction.Send, "")
                : DeliveryPolicy.Decide(chat, alert, clock.GetUtcNow(), _options.MajorSignificance);
            switch (decision.Action)
            {
                case DeliveryAction.Hold:
                    await store.MarkHeldAsync(row.Id, decision.Reason, cancellationToken);
                    return;
                case DeliveryAction.Skip:
                    await store.MarkSkippedAsync(row.Id, decision.Reason, cancellationToken);
                    return;
                case DeliveryAction.Defer:
                    await store.DeferAsync(row.Id, decision.Until!.Value, cancellationToken);
                    return;
            }

            if (!await store.MarkSendingAsync(row.Id, cancellationToken))
            {
                return;
            }

            long? messageId;
            if (row.Kind == DeliveryRow.UpdateKind)
            {
                messageId = await store.MessageIdAsync(row.DevelopmentId, row.ChatId, cancellationToken);
                await transport.UpdateAlertAsync(row.ChatId, messageId, alert, cancellationToken);
            }
            else
            {
                messageId = await transport.SendAlertAsync(row.ChatId, alert, decision.Action == DeliveryAction.SendSilently, cancellationToken);
            }

            // Once the transport has accepted the message, recording it must not be cut short by shutdown.
            await store.MarkSentAsync(row, messageId, alert.Version, CancellationToken.None);
        }
        catch (DeliveryFailedException ex)
        {
            await RecordFailureAsync(row, ex);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Whether it went out is unknown: the row stays 'sending' and is resent after the restart.
            logger.LogWarning("Delivery {Delivery} to chat {Chat} was cut off by shutdown", row.Id, row.ChatId);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Delivery {Delivery} to chat {Chat} failed unexpectedly", row.Id, row.ChatId);
            await RecordFailureAsync(row, new DeliveryFailedException(DeliveryFailure.Transient, ex.Message, innerException: ex));
        }
    }

    private async Task RecordFailureAsync(DeliveryRow row, DeliveryFailedException ex)
    {
        // Recording runs whatever the stopping state: a row left 'sending' would be resent after a restart.
        var none = CancellationToken.None;
        try
        {
            var attempts = (int)row.Attempts + 1;
            switch (ex.Failure)
            {
                case DeliveryFailure.RateLimited:
                    await store.MarkRetryAsync(row.Id, ex.RetryAfter ?? TimeSpan.FromSeconds(1), ex.Message, countsAsAttempt: false, none);
                    break;
                case DeliveryFailure.ChatGone:
                    logger.LogInformation("Chat {Chat} is gone ({Reason}); deactivating it", row.ChatId, ex.Message);
                    await store.MarkFailedAsync(row.Id, ex.Message, none);
                    await store.DeactivateChatAsync(row.ChatId, ex.Message, none);
                    break;
                case DeliveryFailure.ChatMigrated when ex.MigratedToChatId is { } newChatId:
                    logger.LogInformation("Chat {Chat} became {NewChat}; moving its subscription", row.ChatId, newChatId);
                    await store.MarkRetryAsync(row.Id, TimeSpan.Zero, ex.Message, countsAsAttempt: false, none);
                    await store.MigrateChatAsync(row.ChatId, newChatId, none);
                    break;
                case DeliveryFailure.Transient when attempts < _options.MaxAttempts:
                    var delay = RetryBackoff.Delay(
                        attempts, TimeSpan.FromSeconds(_options.RetryBaseDelaySeconds), TimeSpan.FromSeconds(_options.RetryMaxDelaySeconds), Random.Shared.NextDouble());
                    logger.LogWarning("Delivery {Delivery} to chat {Chat} failed (attempt {Attempt}), retrying in {Delay}: {Error}", row.Id, row.ChatId, attempts, delay, ex.Message);
                    await store.MarkRetryAsync(row.Id, delay, ex.Message, countsAsAttempt: true, none);
                    break;
                default:
                    logger.LogWarning("Delivery {Delivery} to chat {Chat} failed for good after {Attempts} attempt(s): {Error}", row.Id, row.ChatId, attempts, ex.Message);
                    await store.MarkFailedAsync(row.Id, ex.Message, none);
                    break;
            }
        }
        catch (Exception recordError)
        {
            logger.LogError(recordError, "Could not record the outcome of delivery {Delivery}", row.Id);
        }
    }

    private async Task RequeueInterruptedAsync(CancellationToken cancellationToken)
    {
        try
        {
            var requeued = await store.RequeueInterruptedAsync(cancellationToken);
            if (requeued > 0)
            {
                logger.LogWarning("{Count} deliveries were interrupted mid-send by the last shutdown; resending them", requeued);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not requeue interrupted deliveries");
        }
    }
}
