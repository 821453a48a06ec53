using AlertBot.Alerts;

namespace AlertBot.Chat.Console;

/// <summary>
/// The transport when no bot token is set: alerts and replies are printed as a subscriber would read them.
/// One lock keeps an alert printed by the delivery loop from interleaving with a command's answer.
/// </summary>
public sealed class ConsoleChatTransport(TextWriter output) : IChatTransport
{
    /// <summary>The console is one chat; this is its id in the subscribers table.</summary>
    public const long ChatId = 0;

    private readonly Lock _gate = new();
    private long _nextMessageId;

    public Task<long?> SendAlertAsync(long chatId, AlertView alert, bool silent, CancellationToken cancellationToken)
    {
        Write(AlertText.Format(alert));
        return Task.FromResult<long?>(Interlocked.Increment(ref _nextMessageId));
    }

    public Task UpdateAlertAsync(long chatId, long? messageId, AlertView alert, CancellationToken cancellationToken)
    {
        Write("UPDATE " + AlertText.Format(alert));
        return Task.CompletedTask;
    }

    public Task SendReplyAsync(long chatId, ChatReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var parts = new List<string> { reply.Text };
        parts.AddRange(reply.Alerts.Select(AlertText.Format));
        if (reply.Buttons.Count > 0)
        {
            parts.Add("  " + string.Join("   ", reply.Buttons.Select(b => $"[{b.Label}: {b.Command}]")));
        }

        Write(string.Join(Environment.NewLine + Environment.NewLine, parts.Where(p => p.Length > 0)));
        return Task.CompletedTask;
    }

    private void Write(string text)
    {
        lock (_gate)
        {
            output.WriteLine();
            output.WriteLine(text);
            output.Flush();
        }
    }
}
