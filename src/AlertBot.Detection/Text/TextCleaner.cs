namespace AlertBot.Detection.Text;

/// <summary>
/// Turns a raw article into normalised paragraphs and sentences without boilerplate. Keep one per engine:
/// it remembers lines each outlet repeats across articles. Thread-safe.
/// </summary>
public sealed class TextCleaner(TextCleanerOptions options)
{
    private const int MinHeadlineWords = 3;
    private const int TitleSearchLines = 3;
    private const int MinCopiedLines = 3;
    private const int MinSentenceWords = 3;
    private const int FooterLines = 3;

    private readonly RepeatedLineTracker _repeats = new(Math.Max(2, options.MaxLinesPerOutlet), Math.Max(1, options.MaxOutlets));
    private readonly int _repeatThreshold = Math.Max(1, options.RepeatThreshold);

    public TextCleaner()
        : this(TextCleanerOptions.Default)
    {
    }

    /// <param name="title">The headline as published; when empty, a headline-like first line of the body becomes the title.</param>
    public CleanedArticle Clean(string outlet, string title, string body)
    {
        ArgumentNullException.ThrowIfNull(outlet);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);

        var lines = ParagraphReader.Read(body);
        var cleanTitle = TitleText.Clean(TextNormalizer.Normalize(title), outlet);
        RemoveTitleLine(lines, cleanTitle);
        var promoteTitle = cleanTitle.Length == 0;
        var memory = _repeats.For(outlet);
        var article = LineHash.Of(cleanTitle.Length > 0 ? cleanTitle : lines.Count > 0 ? lines[0] : string.Empty);
        var hashes = new ulong[lines.Count];
        var repeated = FindRepeatedLines(lines, hashes, memory, article);
        var builder = new ArticleBuilder(lines.Count);

        var inLinkList = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            // Headlines listed under "Related stories" belong to other articles; reporting them here would invent news.
            inLinkList = BoilerplateRules.IsLinkListHeading(line) || (inLinkList && TitleText.LooksLikeListedHeadline(line));
            if (inLinkList || repeated[i] || BoilerplateRules.ClassifyLine(line) != BoilerplateKind.None)
            {
                builder.Remove(line);
                continue;
            }

            if (promoteTitle)
            {
                // Only the first line that survives the rules can be the headline; datelines and stamps come before it.
                promoteTitle = false;
                if (i < lines.Count - 1 && TitleText.LooksLikeHeadline(line))
                {
                    cleanTitle = line;
                    continue;
                }
            }

            builder.AddParagraph(line);
        }

        memory.Record(hashes, article);
        return builder.Build(cleanTitle);
    }

    /// <summary>
    /// Lines this outlet has published in enough other articles. When most of the article is such lines it is a
    /// copy (syndicated wire copy, a re-post under a new headline): then they are its content, not furniture.
    /// </summary>
    private bool[] FindRepeatedLines(List<string> lines, ulong[] hashes, OutletLineMemory memory, ulong article)
    {
        var repeated = new bool[lines.Count];
        var count = 0;
        var first = true;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            hashes[i] = LineHash.Of(lines[i]);

            // A headline-like opening line can recur when an outlet revisits a story; that is news, not page furniture.
            var headlineLike = first && LineShapes.CountWords(lines[i]) >= MinHeadlineWords;
            first = false;
            if (!headlineLike && memory.ArticlesOtherThan(hashes[i], article) >= _repeatThreshold)
            {
                repeated[i] = true;
                count++;
            }
        }

        if (count >= MinCopiedLines && count * 2 >= lines.Count)
        {
            Array.Clear(repeated);
            return repeated;
        }

        KeepReporting(lines, repeated);
        return repeated;
    }

    /// <summary>
    /// Furniture written as sentences (author bios, standards notes, disclaimers) sits at the foot of a page and
    /// repeats on its own between changing news; short labels can sit anywhere. A repeated sentence above the
    /// footer, or in a run of repeated sentences, is shared reporting (background paragraphs, wire copy on one
    /// story) and is kept.
    /// </summary>
    private static void KeepReporting(List<string> lines, bool[] repeated)
    {
        var present = new List<int>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > 0)
            {
                present.Add(i);
            }
        }

        var keep = new bool[lines.Count];
        for (var k = 0; k < present.Count; k++)
        {
            var i = present[k];
            if (!repeated[i] || !IsReportedSentence(lines[i]))
            {
                continue;
            }

            var beforeFooter = k < present.Count - FooterLines;
            var inRun = (k > 0 && IsRepeatedSentence(lines, repeated, present[k - 1]))
                || (k < present.Count - 1 && IsRepeatedSentence(lines, repeated, present[k + 1]));
            keep[i] = beforeFooter || inRun;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            repeated[i] &= !keep[i];
        }
    }

    private static bool IsRepeatedSentence(List<string> lines, bool[] repeated, int i) => repeated[i] && IsReportedSentence(lines[i]);

    private static bool IsReportedSentence(string line) =>
        LineShapes.CountWords(line) >= MinSentenceWords && line.TrimEnd('"', '\'', ')')[^1] is '.' or '!' or '?';

    /// <summary>A plain-text body often repeats the headline as its first line, sometimes after a timestamp.</summary>
    private static void RemoveTitleLine(List<string> lines, string title)
    {
        for (var i = 0; i < Math.Min(TitleSearchLines, lines.Count); i++)
        {
            var prefix = TitleText.PrefixLength(lines[i], title);
            if (prefix >= 0)
            {
                lines[i] = lines[i][prefix..];
                return;
            }
        }
    }
}
