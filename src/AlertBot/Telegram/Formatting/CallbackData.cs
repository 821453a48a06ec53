using System.Text;

namespace AlertBot.Telegram.Formatting;

/// <summary>
/// A button's callback data is the command it stands for ("/city Lyon, FR"), so a press is handled exactly
/// like typing it. Telegram allows 64 bytes; a command that does not fit drops its country, then the button.
/// </summary>
public static class CallbackData
{
    public const int MaxBytes = 64;

    public static string? For(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Fits(command))
        {
            return command;
        }

        var comma = command.LastIndexOf(',');
        return comma > 0 && Fits(command[..comma]) ? command[..comma] : null;
    }

    public static bool Fits(string data) => Encoding.UTF8.GetByteCount(data) <= MaxBytes;
}
