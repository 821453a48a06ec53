using AlertBot.Alerts;
using AlertBot.Detection.Places;

namespace AlertBot.Chat;

/// <summary>
/// A chat's include and exclude keywords against an alert's headline, summary and places: whole words or
/// phrases, case and accents forgiven, plurals in -s/-es accepted ("strike" finds "strikes", "war" not "warning").
/// </summary>
public static class KeywordFilter
{
    public static bool Passes(ChatSettings settings, AlertView alert)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(alert);
        if (settings.Include.Count == 0 && settings.Exclude.Count == 0)
        {
            return true;
        }

        var words = " " + NameKey.Exact(string.Join(' ', [alert.Headline, alert.Summary, .. alert.Places.Select(p => p.Name)])) + " ";
        if (settings.Exclude.Any(k => Mentions(words, k)))
        {
            return false;
        }

        return settings.Include.Count == 0 || settings.Include.Any(k => Mentions(words, k));
    }

    /// <summary>The form a keyword is stored and compared in; empty when nothing of it is a word.</summary>
    public static string Normalize(string keyword) => NameKey.Exact(keyword ?? "");

    private static bool Mentions(string words, string keyword)
    {
        var key = Normalize(keyword);
        return key.Length > 0
            && (words.Contains($" {key} ", StringComparison.Ordinal)
                || words.Contains($" {key}s ", StringComparison.Ordinal)
                || words.Contains($" {key}es ", StringComparison.Ordinal));
    }
}
