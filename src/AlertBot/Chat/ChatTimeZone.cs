using System.Globalization;
using System.Text.RegularExpressions;

namespace AlertBot.Chat;

/// <summary>A chat's time zone: an IANA name, or a fixed UTC offset for people who think in those.</summary>
public static partial class ChatTimeZone
{
    /// <summary>Reads "Europe/Paris", "utc", "UTC+2", "+05:30" or "-3"; gives the form to store.</summary>
    public static bool TryParse(string text, out string stored)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        stored = "";
        if (trimmed.Equals("UTC", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("GMT", StringComparison.OrdinalIgnoreCase))
        {
            stored = "UTC";
            return true;
        }

        var offset = Offset().Match(trimmed);
        if (offset.Success)
        {
            var hours = int.Parse(offset.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minutes = offset.Groups["m"].Success ? int.Parse(offset.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            if (hours > 14 || minutes >= 60)
            {
                return false;
            }

            stored = string.Create(CultureInfo.InvariantCulture, $"{offset.Groups["sign"].Value}{hours:00}:{minutes:00}");
            return true;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(trimmed, out var zone))
        {
            stored = zone.Id;
            return true;
        }

        return false;
    }

    /// <summary>The stored zone; UTC for anything no longer known to this machine.</summary>
    public static TimeZoneInfo Find(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Length > 0 && (stored[0] == '+' || stored[0] == '-')
            && TimeSpan.TryParseExact(stored[1..], @"hh\:mm", CultureInfo.InvariantCulture, out var span))
        {
            var offset = stored[0] == '-' ? -span : span;
            return TimeZoneInfo.CreateCustomTimeZone(stored, offset, "UTC" + stored, "UTC" + stored);
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(stored, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    [GeneratedRegex(@"^(?:UTC|GMT)?\s*(?<sign>[+-])(?<h>\d{1,2})(?::?(?<m>\d{2}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Offset();
}
