using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace AlertBot.Telegram.Receiving;

/// <summary>
/// Updates from polling and the webhook, written to the <see cref="UpdateInbox"/> and answered per chat: each
/// chat's updates in order, up to <see cref="TelegramOptions.MaxConcurrentChats"/> chats at once, so a chat
/// that floods (or waits for its own send limit) never holds up the others. Updates left unhandled by a stop
/// are picked up again by <see cref="ResumeAsync"/>.
/// </summary>
public sealed class UpdateQueue(
    UpdateInbox inbox,
    TelegramUpdateHandler handler,
    ChatFloodGate flood,
    IOptions<TelegramOptions> options,
    ILogger<UpdateQueue> logger) : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Queue<Queued>> _chats = [];
    private readonly HashSet<int> _queued = [];
    private readonly HashSet<Task> _workers = [];
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentChats, options.Value.MaxConcurrentChats);
    /// <summary>On a clean stop, an answer already being sent gets this long, so it is not sent again after the restart.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);
    private readonly CancellationTokenSource _stopping = new();
    private volatile bool _closing;

    /// <summary>Takes an update from Telegram: stored first, then queued; a repeat delivery is dropped here.</summary>
    public async Task AcceptAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (await inbox.AddAsync(update, cancellationToken))
        {
            Enqueue(update);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // No new update is started; the ones being answered finish, or are cut off after the grace.
        _closing = true;
        _stopping.CancelAfter(StopGrace);
        await base.StopAsync(cancellationToken);
        Task[] running;
        lock (_gate)
        {
            running = [.. _workers];
        }

        // Whatever was not finished stays unhandled in the inbox and is handled after the restart.
        await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public override void Dispose()
    {
        _stopping.Dispose();
        _slots.Dispose();
        base.Dispose();
    }

    /// <summary>
    /// Queues the updates received before the last stop but not handled. Called by the receiver when it starts
    /// receiving (the elected poller, or the webhook), so one worker resumes them, not every worker that starts.
    /// </summary>
    public async Task ResumeAsync(CancellationToken stoppingToken)
    {
        try
        {
            var pending = await inbox.PendingAsync(stoppingToken);
            if (pending.Count > 0)
            {
                logger.LogInformation("{Count} Telegram updates received before the last stop were not handled yet; handling them now", pending.Count);
            }

            foreach (var update in pending)
            {
                Enqueue(update);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not read the Telegram updates left unhandled by the last stop; they stay stored");
        }
    }

    /// <summary>Nothing runs here: updates come in through <see cref="AcceptAsync"/>; the service is for the clean stop.</summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;

    private void Enqueue(Update update)
    {
        var chat = UpdateInbox.ChatOf(update) ?? 0;
        // Judged on arrival, so a backlog being worked through does not change who counts as flooding.
        var verdict = handler.WantsAnswer(update) ? flood.Admit(chat) : new FloodVerdict(FloodAction.Answer, null);
        lock (_gate)
        {
            if (!_queued.Add(update.Id))
            {
                return;
            }

            if (_chats.TryGetValue(chat, out var queue))
            {
                queue.Enqueue(new Queued(update, verdict));
                return;
            }

            _chats[chat] = new Queue<Queued>([new Queued(update, verdict)]);
            var worker = Task.Run(() => WorkAsync(chat));
            _workers.Add(worker);
            _ = worker.ContinueWith(t => Forget(t), TaskScheduler.Default);
        }
    }

    private void Forget(Task worker)
    {
        lock (_gate)
        {
            _workers.Remove(worker);
        }
    }

    private async Task WorkAsync(long chat)
    {
        var stopping = _stopping.Token;
        try
        {
            await _slots.WaitAsync(stopping);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            while (!_closing && !stopping.IsCancellationRequested)
            {
                Queued next;
                lock (_gate)
                {
                    if (!_chats.TryGetValue(chat, out var queue) || !queue.TryDequeue(out next!))
                    {
                        _chats.Remove(chat);
                        return;
                    }
                }

                if (await HandleOneAsync(next, stopping))
                {
                    lock (_gate)
                    {
                        _queued.Remove(next.Update.Id);
                    }
                }
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <returns>False when shutdown cut the update short: it stays unhandled in the inbox for the restart.</returns>
    private async Task<bool> HandleOneAsync(Queued item, CancellationToken stopping)
    {
        var update = item.Update;
        try
        {
            switch (item.Verdict.Action)
            {
                case FloodAction.Answer:
                    await handler.HandleAsync(update, stopping);
                    break;
                case FloodAction.Notice:
                    logger.LogWarning("Chat {Chat} is flooding the bot; its commands are dropped until {Until}", UpdateInbox.ChatOf(update), item.Verdict.Until);
                    await handler.SendFloodNoticeAsync(UpdateInbox.ChatOf(update) ?? 0, item.Verdict.Until!.Value, stopping);
                    break;
                default:
                    break;
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex)
        {
            // One bad update must not block the ones behind it: it is logged and skipped.
            logger.LogError(ex, "Telegram update {UpdateId} could not be handled; skipping it", update.Id);
        }

        try
        {
            // Not cut short by shutdown: the update was handled, and must not be handled again.
            await inbox.MarkHandledAsync(update.Id, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not record Telegram update {UpdateId} as handled", update.Id);
        }

        return true;
    }

    private sealed record Queued(Update Update, FloodVerdict Verdict);
}
