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

        // Dashes of every kind are a hyphen by now (TextCleaner normalises the title first).
        var dash = title.LastIndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0 && ((outlet.Length > 0 && NamesOutlet(title.AsSpan(dash + 3), outlet)) || LooksLikeOutlet(title.AsSpan(dash + 3))))
        {
            return title[..dash];
        }

        return title;
    }

    /// <summary>
    /// "- BBC News", "- The Guardian", "- AP News", "- Al Jazeera": an aggregator's items name their outlet after a dash, which
    /// is not the feed's own. A short capitalised name ending in a word outlets are named by, or a wire service; not "- UN",
    /// "- a turning point", "- Hamas leader" (who said it, or more of the headline).
    /// </summary>
    private static bool LooksLikeOutlet(ReadOnlySpan<char> suffix)
    {
        var trimmed = suffix.Trim();
        if (trimmed.Length == 0 || LineShapes.CountWords(trimmed) > MaxSuffixWords)
        {
            return false;
        }

        var last = "";
        foreach (var range in trimmed.Split(' '))
        {
            var word = trimmed[range];
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return false;
            }

            last = word.ToString();
        }

        return OutletWords.Contains(last) || Wires.Contains(trimmed.ToString());
    }

    private static readonly HashSet<string> OutletWords = new(
        ["News", "Times", "Post", "Guardian", "Telegraph", "Herald", "Journal", "Tribune", "Independent", "Express", "Mirror", "Standard",
         "Observer", "Gazette", "Chronicle", "Reuters", "Bloomberg", "Jazeera", "Politico", "Axios", "Insider", "Online", "Today", "Wire",
         "Monitor", "Globe", "Sun", "Star", "Mail", "Inquirer", "Examiner", "Dispatch", "Courier", "Bulletin"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Wires = new(
        ["AP", "AFP", "CNN", "BBC", "NPR", "UPI", "DW", "RFI", "ABC", "CBS", "NBC", "CNBC", "Xinhua", "Yonhap", "Kyodo", "Anadolu",
         "Euronews", "France 24"],
        StringComparer.Ordinal);

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

    /// <summary>"LIVE: …", "Breaking news | …", and the wires' capitals before a hyphen ("UPDATE 2-…", "EXCLUSIVE-…").</summary>
    [GeneratedRegex(@"^(?i:(live(\s+updates?|\s+coverage)?|breaking(\s+news)?|updated?|exclusive|watch|video|just\s+in|developing(\s+story)?|latest)\s*[:|]\s*)|^(UPDATE(\s\d+)?|(?i:update\s\d+)|EXCLUSIVE|CORRECTED|REFILE|RPT|WRAPUP(\s\d+)?|BREAKING|URGENT|FLASH)-(?=\S)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PresentationLabel();

    /// <summary>"Rebels capture Mosul - video", "Quake hits Taiwan (VIDEO)": the medium, after the site suffix is gone.</summary>
    [GeneratedRegex(@"\s+[-–—|]\s+(video|audio|podcast|in\s+pictures|photos|live)\s*$|\s*[(\[](video|videos|audio|podcast|photos|pictures|watch|live)[)\]]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
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
