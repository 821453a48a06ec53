using System.Data.Common;
using AlertBot.Alerts.Delivery;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlertBot.Chat.Console;

/// <summary>
/// The console as a chat: subscribed on start so alerts print, and a prompt that takes the same commands
/// Telegram users type. When standard input closes (CI, a service), alerts keep printing.
/// </summary>
public sealed class ConsoleChat(
    CommandHandler commands,
    SubscriberStore subscribers,
    DeliveryStore deliveries,
    ConsoleChatTransport transport,
    TextReader input,
    TimeProvider clock,
    ILogger<ConsoleChat> logger) : BackgroundService
{
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The console stops being a chat when the bot stops, so a later run with a bot token never queues
    /// alerts for a chat that no longer exists.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await deliveries.DeactivateChatAsync(ConsoleChatTransport.ChatId, "console closed", cancellationToken);
        }
        catch (DbException ex)
        {
            // The store may be what is stopping the bot (its file deleted): the stop goes on, the next start subscribes anew.
            logger.LogWarning(ex, "Could not mark the console chat closed at shutdown");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await SubscribeAsync(stoppingToken))
        {
            return;
        }

        await transport.SendReplyAsync(ConsoleChatTransport.ChatId, ChatReply.Plain(
            "AlertBot console: alerts print here as they are detected. Type /help, /latest or /city NAME."), stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            string? line;
            try
            {
                // Console reads block and cannot be cancelled (Console.In's async read is synchronous):
                // read on a worker thread and abandon it on shutdown, so Ctrl+C stops the bot at once.
                line = await Task.Run(input.ReadLine, CancellationToken.None).WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (line is null)
            {
                logger.LogInformation("Console input closed; alerts will keep printing until the bot is stopped");
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var reply = await commands.HandleAsync(new ChatRequest(ConsoleChatTransport.ChatId, "console", "console", line, IsAdmin: true), stoppingToken);
                await transport.SendReplyAsync(ConsoleChatTransport.ChatId, reply, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Command {Command} failed", line);
            }
        }
    }

    /// <summary>
    /// A store that cannot be written at start (locked, its file gone) is no reason to stop the bot from here: the console
    /// tries again every <see cref="RetryDelay"/>, and the database guard decides whether the store is lost.
    /// </summary>
    private async Task<bool> SubscribeAsync(CancellationToken stoppingToken)
    {
        string? fault = null;
        while (true)
        {
            try
            {
                await subscribers.SubscribeAsync(ConsoleChatTransport.ChatId, "console", "console", stoppingToken);
                if (fault is not null)
                {
                    logger.LogInformation("The console chat is subscribed");
                }

                return true;
            }
            catch (DbException ex) when (!stoppingToken.IsCancellationRequested)
            {
                if (ex.Message != fault)
                {
                    logger.LogWarning(ex, "Could not subscribe the console chat; trying again in {Delay}", RetryDelay);
                    fault = ex.Message;
                }
            }

            try
            {
                await Task.Delay(RetryDelay, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }
}
