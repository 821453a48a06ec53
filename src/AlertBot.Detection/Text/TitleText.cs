using System.Text.RegularExpressions;

namespace AlertBot.Detection.Text;

/// <summary>Headline handling: site suffixes and live/breaking labels on titles, and a headline repeated as the body's first line.</summary>
internal static partial class TitleText
{
    private const int MaxSuffixWords = 5;
    private const int MaxHeadlineWords = 25;

    /// <summary>
    /// "LIVE: Rebels take Northtown | Example News" becomes "Rebels take Northtown": the label says how the page is
    /// presented and the suffix who published it, neither is part of the development.
    /// </summary>
    public static string Clean(string title, string outlet)
    {
        var label = PresentationLabel().Match(title);
        var bare = label.Success && label.Length < title.Length ? title[label.Length..] : title;
        bare = StripSiteSuffix(bare, outlet);
        var medium = PresentationSuffix().Match(bare);
        return medium.Success && medium.Index > 0 ? bare[..medium.Index] : bare;
    }

    private static string StripSiteSuffix(string title, string outlet)
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

        // Only a whole-word match counts: "Rebels take Northtown" is not the start of "Rebels take Northtownsville".
        return end == title.Length && end < paragraph.Length && char.IsLetterOrDigit(paragraph[end]) ? -1 : end;
    }

    /// <summary>A short first line without a full stop, followed by more text, is the plain-text headline.</summary>
    public static bool LooksLikeHeadline(string line) => IsHeadlineShaped(line, minWords: 2);

    /// <summary>An entry of a link list: a headline, possibly numbered or bulleted, possibly a single word.</summary>
    public static bool LooksLikeListedHeadline(string line) => IsHeadlineShaped(line, minWords: 1);

    private static bool IsHeadlineShaped(string line, int minWords)
    {
        var words = LineShapes.CountWords(line);
        var end = line.AsSpan().TrimEnd("\"')");
        return words >= minWords && words <= MaxHeadlineWords && end.Length > 0 && end[^1] is not ('.' or '!' or ':' or ',' or ';');
    }

    [GeneratedRegex(@"^(live(\s+updates?|\s+coverage)?|breaking(\s+news)?|updated?|exclusive|watch|video|just\s+in|developing(\s+story)?|latest)\s*[:|]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PresentationLabel();

    /// <summary>"Rebels capture Mosul - video": the medium, after the site suffix is gone.</summary>
    [GeneratedRegex(@"\s+[-–—|]\s+(video|audio|podcast|in\s+pictures|photos|live)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PresentationSuffix();

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
            // "news" is in too many outlet names to identify one ("President has fled - news agency").
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
