namespace AlertBot.Detection.Text;

/// <summary>
/// Turns a raw body into normalised paragraphs. Each line is a paragraph (feeds and plain-text files put one
/// paragraph per line) unless the text is hard-wrapped: then the lines of a block are rejoined, because a
/// wrap is not a sentence boundary.
/// </summary>
internal static class ParagraphReader
{
    private const int MinWrapWidth = 40;
    private const int MaxWrapWidth = 120;
    private const double WrapFill = 0.7;

    public static List<string> Read(string body)
    {
        var paragraphs = new List<string>();
        var block = new List<string>();
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var line = TextNormalizer.Normalize(body[range]);
            if (line.Length == 0)
            {
                Flush(block, paragraphs);
                continue;
            }

            block.Add(line);
        }

        Flush(block, paragraphs);
        return paragraphs;
    }

    private static void Flush(List<string> block, List<string> paragraphs)
    {
        if (block.Count == 0)
        {
            return;
        }

        if (block.Count == 1)
        {
            paragraphs.Add(block[0]);
        }
        else if (IsHardWrapped(block))
        {
            paragraphs.Add(Join(block, 0, block.Count));
        }
        else
        {
            AddWithContinuations(block, paragraphs);
        }

        block.Clear();
    }

    /// <summary>
    /// Fixed-width text: every line but the last fills most of the width, and at least one wrap falls inside a
    /// sentence. The second test keeps a list of similar-length headlines apart.
    /// </summary>
    private static bool IsHardWrapped(List<string> block)
    {
        if (block.Count < 3)
        {
            return false;
        }

        var width = 0;
        foreach (var line in block)
        {
            width = Math.Max(width, line.Length);
        }

        if (width is < MinWrapWidth or > MaxWrapWidth)
        {
            return false;
        }

        var midSentenceWrap = false;
        for (var i = 0; i < block.Count - 1; i++)
        {
            if (block[i].Length < width * WrapFill)
            {
                return false;
            }

            midSentenceWrap |= IsContinuation(block[i], block[i + 1]);
        }

        return midSentenceWrap;
    }

    /// <summary>Lines of a block are joined only where the break plainly falls mid-sentence.</summary>
    private static void AddWithContinuations(List<string> block, List<string> paragraphs)
    {
        var start = 0;
        for (var i = 1; i <= block.Count; i++)
        {
            if (i == block.Count || !IsContinuation(block[i - 1], block[i]))
            {
                paragraphs.Add(Join(block, start, i));
                start = i;
            }
        }
    }

    private static bool IsContinuation(string line, string next)
    {
        var last = line[^1];
        if (last is '.' or '!' or '?' or ':' or ';' or '"' or '\'' or ')')
        {
            return false;
        }

        return char.IsLower(next[0]) || last is ',' or '-';
    }

    private static string Join(List<string> block, int start, int end)
    {
        if (end - start == 1)
        {
            return block[start];
        }

        var length = 0;
        for (var i = start; i < end; i++)
        {
            length += block[i].Length + (i < end - 1 && !IsWordBreakHyphen(block[i]) ? 1 : 0);
        }

        return string.Create(length, (block, start, end), static (span, state) =>
        {
            var (lines, from, to) = state;
            var position = 0;
            for (var i = from; i < to; i++)
            {
                var line = lines[i];
                line.CopyTo(span[position..]);
                position += line.Length;
                if (i < to - 1 && !IsWordBreakHyphen(line))
                {
                    span[position++] = ' ';
                }
            }
        });
    }

    /// <summary>"al-" at a wrap continues the word on the next line ("al-Sham"), so no space is inserted.</summary>
    private static bool IsWordBreakHyphen(string line) => line.Length >= 2 && line[^1] == '-' && char.IsLetter(line[^2]);
}
