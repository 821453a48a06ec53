using Microsoft.Extensions.Options;

namespace AlertBot.Telegram.Receiving;

/// <summary>
/// Per-chat windows of commands, by arrival: the first <see cref="TelegramOptions.FloodMaxCommands"/> of a window
/// are answered, the next one gets a notice saying when the bot listens again, the rest of the window nothing.
/// A flooding chat so costs at most one reply per window, and never holds up other chats.
/// </summary>
public sealed class ChatFloodGate(IOptions<TelegramOptions> options, TimeProvider clock)
{
    private const int ForgetAbove = 10_000;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Window> _windows = [];
    private readonly TimeSpan _length = TimeSpan.FromSeconds(options.Value.FloodWindowSeconds);
    private readonly int _max = options.Value.FloodMaxCommands;

    public FloodVerdict Admit(long chatId)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (!_windows.TryGetValue(chatId, out var window) || now - window.Start >= _length)
            {
                if (_windows.Count > ForgetAbove)
                {
                    Forget(now);
                }

                window = new Window(now, 0);
            }

            window = window with { Count = window.Count + 1 };
            _windows[chatId] = window;
            if (window.Count <= _max)
            {
                return new FloodVerdict(FloodAction.Answer, null);
            }

            return new FloodVerdict(window.Count == _max + 1 ? FloodAction.Notice : FloodAction.Drop, window.Start + _length);
        }
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var chat in _windows.Where(w => now - w.Value.Start >= _length).Select(w => w.Key).ToList())
        {
            _windows.Remove(chat);
        }
    }

    private sealed record Window(DateTimeOffset Start, int Count);
}
