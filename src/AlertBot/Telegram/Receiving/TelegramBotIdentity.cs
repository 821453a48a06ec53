namespace AlertBot.Telegram.Receiving;

/// <summary>The bot's own @username (from getMe), to tell "/city@ThisBot" from "/city@SomeOtherBot" in groups.</summary>
public sealed class TelegramBotIdentity
{
    private readonly TaskCompletionSource _known = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string? _username;

    public string? Username
    {
        get => _username;
        set
        {
            _username = value;
            if (value is not null)
            {
                _known.TrySetResult();
            }
        }
    }

    /// <summary>
    /// Whether the command names a bot ("/city@SomeBot"): until getMe answers, such a command waits for the name
    /// (<see cref="WhenKnownAsync"/>) rather than being answered as if it were ours.
    /// </summary>
    public static bool MentionsABot(string commandText)
    {
        ArgumentNullException.ThrowIfNull(commandText);
        var head = Head(commandText);
        return head.StartsWith('/') && head.Contains('@', StringComparison.Ordinal);
    }

    /// <summary>Waits for getMe's answer, at most <paramref name="patience"/> (a bot that never learns its name still answers).</summary>
    public async Task WhenKnownAsync(TimeSpan patience, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            await _known.Task.WaitAsync(patience, clock, cancellationToken);
        }
        catch (TimeoutException)
        {
        }
    }

    /// <summary>Commands without a mention, or mentioning this bot, are ours; a mention is accepted while the name is unknown (see <see cref="WhenKnownAsync"/>).</summary>
    public bool IsAddressedToMe(string commandText)
    {
        ArgumentNullException.ThrowIfNull(commandText);
        var head = Head(commandText);
        var at = head.IndexOf('@');
        return at < 0 || Username is null || string.Equals(head[(at + 1)..], Username, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The command word with its mention ("/city@SomeBot"), without what follows it.</summary>
    private static string Head(string commandText)
    {
        var head = commandText.TrimStart();
        var end = head.IndexOfAny([' ', '\t', '\n']);
        return end < 0 ? head : head[..end];
    }
}
