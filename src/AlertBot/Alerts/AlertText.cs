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
        foreach (var (name, url) in AlertOutlets.Named(alert))
        {
            text.Append("    - ").Append(name).Append(url is null ? "" : ": " + url).AppendLine();
        }

        if (AlertOutlets.Unnamed(alert) is > 0 and var unnamed)
        {
            text.Append("    - ").Append(unnamed).AppendLine(unnamed == 1 ? " unnamed report" : " unnamed reports");
        }

        text.Append("  First reported ").Append(AlertOutlets.Time(alert.FirstSeen));
        if (AlertOutlets.ConfirmedAt(alert) is { } confirmed)
        {
            text.Append(", confirmed ").Append(AlertOutlets.Time(confirmed));
        }

        text.Append(" [#").Append(alert.Id).Append(']');
        return text.ToString();
    }

    public static string Confirmation(AlertView alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return alert.IsConfirmed
            ? $"Confirmed by {AlertOutlets.Count(alert)} outlets:"
            : "Single source, not yet confirmed by another outlet:";
    }
}
