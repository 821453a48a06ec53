namespace AlertBot.Detection.Text;

/// <summary>Headline handling: site suffixes on titles and a headline repeated as the body's first line.</summary>
internal static class TitleText
{
    private const int MaxSuffixWords = 5;
    private const int MaxHeadlineWords = 25;

    /// <summary>"Rebels take Homs | Example News" and "Rebels take Homs - Outlet" lose the site name.</summary>
    public static string StripSiteSuffix(string title, string outlet)
    {
        var pipe = title.LastIndexOf(" | ", StringComparison.Ordinal);
        if (pipe > 0 && LineShapes.CountWords(title.AsSpan(pipe + 3)) <= MaxSuffixWords)
        {
            return title[..pipe];
        }

        var dash = title.LastIndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0 && outlet.Length > 0 && NamesOutlet(title.AsSpan(dash + 3), outlet))
        {
            return title[..dash];
        }

        return title;
    }

    /// <summary>Length of the title at the start of <paramref name="paragraph"/>, or -1 when it does not start with it.</summary>
    public static int PrefixLength(string paragraph, string title)
    {
        if (title.Length == 0 || !paragraph.StartsWith(title, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var end = title.Length;
        while (end < paragraph.Length && paragraph[end] is '.' or ':' or '-' or ' ' or '!' or '?')
        {
            end++;
        }

        // Only a whole-word match counts: "Rebels take Homs" is not the start of "Rebels take Homsville".
        return end == title.Length && end < paragraph.Length && char.IsLetterOrDigit(paragraph[end]) ? -1 : end;
    }

    /// <summary>A short first line without a full stop, followed by more text, is the plain-text headline.</summary>
    public static bool LooksLikeHeadline(string line)
    {
        var words = LineShapes.CountWords(line);
        return words is >= 2 and <= MaxHeadlineWords && line[^1] is not ('.' or ':' or ',' or ';');
    }

    /// <summary>"BBC News" names outlet "bbc.co.uk"; compared on letters and digits so punctuation and hosts don't matter.</summary>
    private static bool NamesOutlet(ReadOnlySpan<char> suffix, string outlet)
    {
        if (LineShapes.CountWords(suffix) > MaxSuffixWords)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[Math.Min(outlet.Length, 128)];
        var squashed = Squash(outlet, buffer);
        foreach (var range in suffix.SplitAny(' ', '.', '-', '\'', '&'))
        {
            var word = suffix[range];
            // "news" is in too many outlet names to identify one ("Assad has fled - news agency").
            if (word.Length >= 3 && !word.Equals("news", StringComparison.OrdinalIgnoreCase)
                && squashed.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Squash(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (n == buffer.Length)
            {
                break;
            }

            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = c;
            }
        }

        return buffer[..n];
    }
}
