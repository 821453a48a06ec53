namespace AlertBot.Detection.Text;

/// <summary>
/// Turns a raw article into normalised paragraphs and sentences without boilerplate. Keep one per engine:
/// it remembers lines each outlet repeats across articles. Thread-safe.
/// </summary>
public sealed class TextCleaner(TextCleanerOptions options)
{
    private const int MinHeadlineWords = 3;
    private const int MinDuplicateWords = 4;

    private readonly RepeatedLineTracker _repeats = new(Math.Max(2, options.MaxLinesPerOutlet), Math.Max(1, options.MaxOutlets));
    private readonly int _repeatThreshold = Math.Max(1, options.RepeatThreshold);

    public TextCleaner()
        : this(TextCleanerOptions.Default)
    {
    }

    public CleanedArticle Clean(string outlet, string title, string body)
    {
        ArgumentNullException.ThrowIfNull(outlet);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);

        var lines = ParagraphReader.Read(body);
        var cleanTitle = TitleText.StripSiteSuffix(TextNormalizer.Normalize(title), outlet);
        var first = 0;
        if (cleanTitle.Length == 0 && lines.Count > 1 && TitleText.LooksLikeHeadline(lines[0]))
        {
            cleanTitle = lines[0];
            first = 1;
        }

        var memory = _repeats.For(outlet);
        var article = LineHash.Of(cleanTitle.Length > 0 ? cleanTitle : lines.Count > 0 ? lines[0] : string.Empty);
        var hashes = new List<ulong>(lines.Count);
        var paragraphs = new List<string>(lines.Count);
        var sentences = new List<Sentence>(lines.Count * 3);
        var removed = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<string>();

        for (var i = first; i < lines.Count; i++)
        {
            var line = lines[i];
            if (paragraphs.Count == 0)
            {
                line = WithoutTitle(line, cleanTitle);
                if (line.Length == 0)
                {
                    continue;
                }
            }

            var hash = LineHash.Of(line);
            hashes.Add(hash);
            if (IsBoilerplateLine(line, paragraphs.Count == 0, memory.ArticlesOtherThan(hash, article)))
            {
                removed.Add(line);
                continue;
            }

            kept.Clear();
            foreach (var raw in SentenceSplitter.Split(BoilerplateRules.StripDateline(line)))
            {
                var sentence = WithoutListMarker(raw);
                if (BoilerplateRules.ClassifySentence(sentence) != BoilerplateKind.None || IsRepeatWithinArticle(sentence, seen))
                {
                    removed.Add(sentence);
                    continue;
                }

                kept.Add(sentence);
            }

            if (kept.Count == 0)
            {
                continue;
            }

            var paragraph = paragraphs.Count;
            paragraphs.Add(kept.Count == 1 ? kept[0] : string.Join(' ', kept));
            foreach (var sentence in kept)
            {
                sentences.Add(new Sentence(sentence, paragraph, sentences.Count));
            }
        }

        memory.Record(hashes, article);
        return new CleanedArticle(cleanTitle, paragraphs, sentences, removed);
    }

    private bool IsBoilerplateLine(string line, bool first, int seenInOtherArticles)
    {
        if (BoilerplateRules.ClassifyLine(line) != BoilerplateKind.None)
        {
            return true;
        }

        // A headline-like opening line can recur when an outlet revisits a story; that is news, not page furniture.
        var headlineLike = first && LineShapes.CountWords(line) >= MinHeadlineWords;
        return seenInOtherArticles >= _repeatThreshold && !headlineLike;
    }

    /// <summary>Live pages and scraped bodies repeat whole sentences; fragments like "And" are too short to judge.</summary>
    private static bool IsRepeatWithinArticle(string sentence, HashSet<string> seen) =>
        LineShapes.CountWords(sentence) >= MinDuplicateWords && !seen.Add(sentence);

    private static string WithoutTitle(string line, string title)
    {
        var prefix = TitleText.PrefixLength(line, title);
        return prefix < 0 ? line : line[prefix..];
    }

    /// <summary>"1. Rebels took Homs" and "• Rebels took Homs" become "Rebels took Homs".</summary>
    private static string WithoutListMarker(string sentence)
    {
        var i = 0;
        if (sentence.Length > 2 && sentence[0] is '\u2022' or '\u00B7' or '\u25AA' or '*' or '-' or '>' && sentence[1] == ' ')
        {
            i = 2;
        }
        else
        {
            while (i < sentence.Length && i < 2 && char.IsAsciiDigit(sentence[i]))
            {
                i++;
            }

            if (i == 0 || i + 1 >= sentence.Length || sentence[i] is not ('.' or ')') || sentence[i + 1] != ' ')
            {
                return sentence;
            }

            i += 2;
        }

        return sentence[i..];
    }
}
