using System.Text;

namespace AlertBot.Alerts;

/// <summary>An alert as plain text (console, logs); Telegram renders its own HTML from the same view.</summary>
public static class AlertText
{
    public static string Format(AlertView alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var text = new StringBuilder();
        text.Append("BREAKING: ").AppendLine(alert.Headline);
        if (!string.IsNullOrWhiteSpace(alert.Summary) && alert.Summary != alert.Headline)
        {
            text.Append("  ").AppendLine(alert.Summary);
        }

        if (alert.Places.Count > 0)
        {
            text.Append("  Where: ").AppendLine(string.Join(", ", alert.Places.Select(p => $"{p.Name} ({p.Country})")));
        }

        text.Append("  ").AppendLine(Confirmation(alert));
        foreach (var source in alert.Sources)
        {
            text.Append("    - ").Append(source.Outlet).Append(": ").AppendLine(source.Url ?? source.Source);
        }

        text.Append("  First reported ").Append(alert.FirstSeen.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture))
            .Append(" [#").Append(alert.Id).Append(']');
        return text.ToString();
    }

    public static string Confirmation(AlertView alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return alert.Confirmations switch
        {
            <= 1 => "Single source, not yet confirmed by another outlet:",
            var n => $"Confirmed by {n} sources:",
        };
    }
}
