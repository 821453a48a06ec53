using System.Globalization;
using System.Text;

namespace AlertBot.Telegram.Formatting;

/// <summary>
/// A button's callback data is the command it stands for ("/follow 2996944"), so a press is handled exactly
/// like typing it. Telegram allows 64 bytes; places go by GeoNames id, so any place fits and the button acts on
/// exactly the place it names.
/// </summary>
public static class CallbackData
{
    public const int MaxBytes = 64;

    /// <returns>The command, or null when it does not fit (the button is then left out).</returns>
    public static string? For(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return Fits(command) ? command : null;
    }

    public static string ForPlace(string command, long geonameId) =>
        string.Create(CultureInfo.InvariantCulture, $"/{command} {geonameId}");

    public static bool Fits(string data) => Encoding.UTF8.GetByteCount(data) <= MaxBytes;
}
