using System.Text.RegularExpressions;

namespace AlertBot.Detection.Summaries;

/// <summary>
/// Trims a clause to the statement of its event: drops the joining word that opened it and relative-location asides
/// ("north of the capital", "20km west of X") that name a second place the event did not happen in. Only removes words.
/// </summary>
public static partial class EvidenceText
{
    private static readonly string[] Openers = ["and ", "but ", "which ", "while ", "whereas ", "although ", "though ", "as ", "so ", "yet "];

    public static string Compress(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var text = StripOpeners(clause.Trim());
        text = WithoutAsides(text, 0).Text;
        return text.Trim().TrimEnd(',', ';', ':').Trim();
    }

    /// <summary>
    /// Drops relative-location asides and a closing appositive (", a notorious detention centre near X"), moving
    /// <paramref name="offset"/> (a position in the text, such as the event word) with the cuts before it.
    /// </summary>
    public static (string Text, int Offset) WithoutAsides(string text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var regex in (Regex[])[RelativeLocation(), ClosingAppositive()])
        {
            var matches = regex.Matches(text);
            for (var i = matches.Count - 1; i >= 0; i--)
            {
                var m = matches[i];
                if (m.Index <= offset && m.Index + m.Length > offset)
                {
                    continue;
                }

                text = text.Remove(m.Index, m.Length);
                offset -= m.Index < offset ? m.Length : 0;
            }
        }

        return (text, offset);
    }

    public static string StripOpeners(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var opener in Openers)
            {
                if (text.StartsWith(opener, StringComparison.OrdinalIgnoreCase) && text.Length > opener.Length + 10)
                {
                    text = text[opener.Length..].TrimStart();
                    changed = true;
                }
            }
        }

        return text;
    }

    /// <summary>Capital first letter, one full stop.</summary>
    public static string AsSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Length == 0)
        {
            return t;
        }

        t = char.ToUpperInvariant(t[0]) + t[1..];
        return t[^1] is '.' or '!' or '"' or '\'' ? t : t + ".";
    }

    [GeneratedRegex(@",?\s+(?:(?:about|some|around|just)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+(?:the\s+)?(?:capital|city|town|border|country)\b(?:\s+[A-Z][\w'-]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeLocation();

    [GeneratedRegex(@",\s+(?:a|an)\s+[^,;:""]{3,80}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingAppositive();
}
