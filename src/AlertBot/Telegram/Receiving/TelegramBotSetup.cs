using System.Text.Json;
using AlertBot.Chat;
using AlertBot.Telegram.Calls;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace AlertBot.Telegram.Receiving;

/// <summary>
/// What the bot tells Telegram on start: where updates go (webhook or none), who it is (getMe) and its command
/// menu. Each step is retried on its own with backoff until it succeeds, and only news is logged: the first
/// failure, a different failure, and the recovery.
/// </summary>
public sealed class TelegramBotSetup(
    TelegramCall call, TelegramBotIdentity identity, IOptions<TelegramOptions> options, TimeProvider clock, ILogger<TelegramBotSetup> logger)
{
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(5);
    private readonly TaskCompletionSource _receiving = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The update kinds this bot handles; Telegram then does not send the rest.</summary>
    public static IReadOnlyList<UpdateType> AllowedUpdates { get; } = [UpdateType.Message, UpdateType.ChannelPost, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    /// <summary>Completes once updates can flow: the webhook is set (webhook mode) or removed (polling).</summary>
    public Task Receiving => _receiving.Task;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await EnsureReceivingAsync(cancellationToken);
        var me = await StepAsync("getMe", (bot, ct) => bot.GetMe(ct), cancellationToken);
        identity.Username = me.Username;
        var commands = CommandHandler.Menu.Select(c => new BotCommand { Command = c.Command, Description = c.Description }).ToList();
        await StepAsync("setMyCommands", new SetMyCommandsRequest { Commands = commands }, cancellationToken);
        logger.LogInformation("Telegram bot @{Username} ready ({Mode})", me.Username, options.Value.Mode);
    }

    /// <summary>Sets or removes the webhook; polling calls it again when getUpdates finds a webhook in its way (409).</summary>
    public async Task EnsureReceivingAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.Mode == TelegramMode.Webhook)
        {
            await StepAsync("setWebhook", new SetWebhookRequest { Url = o.WebhookUrl!, AllowedUpdates = AllowedUpdates, SecretToken = o.WebhookSecret }, cancellationToken);
        }
        else
        {
            await StepAsync("deleteWebhook", new DeleteWebhookRequest { DropPendingUpdates = false }, cancellationToken);
        }

        _receiving.TrySetResult();
    }

    /// <summary>Methods the Bot API answers with True: any "ok" answer is success (<see cref="TelegramCall.RunLenientAsync"/>).</summary>
    private Task StepAsync(string method, IRequest request, CancellationToken cancellationToken) =>
        StepAsync(method, (bot, ct) => bot.SendRequest(new WireRequest<JsonElement>(request), ct), cancellationToken);

    private async Task<T> StepAsync<T>(string method, Func<ITelegramBotClient, CancellationToken, Task<T>> step, CancellationToken cancellationToken)
    {
        var streak = new FailureStreak(BaseDelay, MaxDelay);
        while (true)
        {
            try
            {
                var result = await call.RunAsync(step, cancellationToken);
                if (streak.Succeed() is > 0 and var failures)
                {
                    logger.LogInformation("Telegram {Method} succeeded after {Failures} failed attempts", method, failures);
                }

                return result;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                var (delay, isNews) = streak.Fail(ex);
                if (isNews && TelegramError.IsUnauthorized(ex))
                {
                    logger.LogError("Telegram rejected the bot token (401); check Telegram:BotToken. Retrying with backoff");
                }
                else if (isNews)
                {
                    // Expected while Telegram is unreachable; the message says enough, a stack trace would not.
                    logger.LogWarning("Telegram {Method} failed, retrying with backoff (up to {Max}) and logging only changes: {Error}", method, MaxDelay, call.Describe(ex));
                }

                logger.LogDebug("Telegram {Method} failure {Failures}; next attempt in {Delay}", method, streak.Count, delay);
                await Task.Delay(delay, clock, cancellationToken);
            }
        }
    }
}
