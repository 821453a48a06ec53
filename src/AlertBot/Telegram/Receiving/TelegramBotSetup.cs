using AlertBot.Chat;
using AlertBot.Telegram.Api;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Telegram.Receiving;

/// <summary>What the bot tells Telegram on start: who it is (getMe), its command menu, and where updates go.</summary>
public sealed class TelegramBotSetup(
    ITelegramBotClient bot, TelegramBotIdentity identity, IOptions<TelegramOptions> options, ILogger<TelegramBotSetup> logger)
{
    /// <summary>The update kinds this bot handles; Telegram then does not send the rest.</summary>
    public static IReadOnlyList<string> AllowedUpdates { get; } = ["message", "channel_post", "callback_query", "my_chat_member"];

    /// <returns>False when Telegram could not be reached or refused; the caller retries later.</returns>
    public async Task<bool> TryRunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var me = await bot.GetMeAsync(cancellationToken);
            identity.Username = me.Username;
            await bot.SetMyCommandsAsync(CommandHandler.Menu.Select(c => new BotCommand(c.Command, c.Description)).ToList(), cancellationToken);
            var o = options.Value;
            if (o.Mode == TelegramMode.Webhook)
            {
                await bot.SetWebhookAsync(o.WebhookUrl!, o.WebhookSecret, AllowedUpdates, cancellationToken);
            }
            else
            {
                // A webhook left over from an earlier run makes getUpdates fail with 409.
                await bot.DeleteWebhookAsync(dropPendingUpdates: false, cancellationToken);
            }

            logger.LogInformation("Telegram bot @{Username} ready ({Mode})", me.Username, o.Mode);
            return true;
        }
        catch (TelegramApiException ex) when (ex.ErrorCode == 401)
        {
            logger.LogError("Telegram rejected the bot token (401); check Telegram:BotToken. Will retry");
            return false;
        }
        catch (TelegramApiException ex)
        {
            // Expected while Telegram is unreachable; the message says enough, a stack trace would not.
            logger.LogWarning("Telegram setup failed, will retry: {Error}", ex.Message);
            return false;
        }
    }
}
