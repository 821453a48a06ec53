namespace AlertBot.Detection.Text;

/// <summary>
/// The words a pattern anchored at the start of a text can open with, as a necessary condition checked before the pattern:
/// "more:on|from" allows "More on …" and "More from …" only; a bare word allows any continuation. Lead-ins ("And", "So") may
/// stand before one of the openers. Words are ASCII letters compared ignoring case; a text opening otherwise is no match.
/// </summary>
internal sealed class OpeningWords
{
    private readonly Dictionary<string, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>?>.AlternateLookup<ReadOnlySpan<char>> _openers;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _leadIns;

    public OpeningWords(string openers, string leadIns = "")
    {
        var map = new Dictionary<string, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>?>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in openers.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            map[colon < 0 ? entry : entry[..colon]] = colon < 0 ? null : Lookup(entry[(colon + 1)..].Split('|'));
        }

        _openers = map.GetAlternateLookup<ReadOnlySpan<char>>();
        _leadIns = Lookup(leadIns.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Whether <paramref name="text"/> opens as the pattern may (false means the pattern cannot match).</summary>
    public bool Open(string text)
    {
        var first = Word(text, 0);
        if (first.Length == 0)
        {
            return false;
        }

        if (_leadIns.Contains(first) && Opens(text, Next(text, first.Length)))
        {
            return true;
        }

        return Opens(text, 0);
    }

    private bool Opens(string text, int at)
    {
        var word = Word(text, at);
        if (word.Length == 0 || !_openers.TryGetValue(word, out var seconds))
        {
            return false;
        }

        return seconds is not { } allowed || allowed.Contains(Word(text, Next(text, at + word.Length)));
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> words) =>
        words.ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Where the word after whitespace at <paramref name="at"/> starts; the text's length when no whitespace follows.</summary>
    private static int Next(string text, int at)
    {
        var i = at;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i == at ? text.Length : i;
    }

    private static ReadOnlySpan<char> Word(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(at, end - at);
    }
}
