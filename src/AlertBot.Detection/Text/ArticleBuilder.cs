namespace AlertBot.Detection.Text;

/// <summary>Collects one article's kept paragraphs and sentences and what was removed, while <see cref="TextCleaner"/> walks its lines.</summary>
internal sealed class ArticleBuilder(int lineCount)
{
    private const int MinDuplicateWords = 4;

    private readonly List<string> _paragraphs = new(lineCount);
    private readonly List<Sentence> _sentences = new(lineCount * 3);
    private readonly List<string> _removed = [];
    private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _kept = [];
    private string? _dateline;

    public void Remove(string line) => _removed.Add(line);

    /// <summary>Splits a paragraph that passed the line rules and keeps the sentences that pass the sentence rules.</summary>
    public void AddParagraph(string line)
    {
        _kept.Clear();
        var text = BoilerplateRules.StripDateline(line);
        var changed = !ReferenceEquals(text, line);
        if (changed && _paragraphs.Count == 0)
        {
            _dateline ??= BoilerplateRules.DatelinePlace(line[..(line.Length - text.Length)]);
        }

        foreach (var raw in SentenceSplitter.Split(text))
        {
            var sentence = WithoutListMarker(raw);
            changed |= !ReferenceEquals(sentence, raw);
            if (BoilerplateRules.ClassifySentence(sentence) != BoilerplateKind.None || IsRepeatWithinArticle(sentence))
            {
                _removed.Add(sentence);
                changed = true;
                continue;
            }

            _kept.Add(sentence);
        }

        if (_kept.Count == 0)
        {
            return;
        }

        var paragraph = _paragraphs.Count;
        _paragraphs.Add(!changed ? line : _kept.Count == 1 ? _kept[0] : string.Join(' ', _kept));
        foreach (var sentence in _kept)
        {
            _sentences.Add(new Sentence(sentence, paragraph, _sentences.Count));
        }
    }

    public CleanedArticle Build(string title) => new(title, _paragraphs, _sentences, _removed, _dateline);

    /// <summary>Live pages and scraped bodies repeat whole sentences; fragments like "And" are too short to judge.</summary>
    private bool IsRepeatWithinArticle(string sentence) =>
        LineShapes.CountWords(sentence) >= MinDuplicateWords && !_seen.Add(sentence);

    /// <summary>"1. Rebels took the city" and "• Rebels took the city" become "Rebels took the city".</summary>
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
