using System.Text.RegularExpressions;

namespace AlertBot.Telegram.Formatting;

/// <summary>
/// Packs self-contained HTML blocks into messages under Telegram's 4,096-character limit. Blocks are never
/// cut inside markup; plain text that is too long on its own is cut at sentence, then word boundaries
/// before it is escaped, and so is the text of a block too long on its own. Never throws on content.
/// </summary>
public static partial class MessageSplitter
{
    public const int TelegramLimit = 4096;

    public static IReadOnlyList<string> Pack(IEnumerable<string> htmlBlocks, int limit = TelegramLimit, string separator = "\n\n")
    {
        ArgumentNullException.ThrowIfNull(htmlBlocks);
        var messages = new List<string>();
        var current = "";
        foreach (var block in htmlBlocks.Where(b => b.Length > 0))
        {
            // A block too long for one message loses its markup rather than the reply: its text is split plainly.
            foreach (var part in block.Length > limit ? SplitPlain(PlainText(block), limit) : [block])
            {
                if (current.Length == 0)
                {
                    current = part;
                }
                else if (current.Length + separator.Length + part.Length <= limit)
                {
                    current += separator + part;
                }
                else
                {
                    messages.Add(current);
                    current = part;
                }
            }
        }

        if (current.Length > 0)
        {
            messages.Add(current);
        }

        return messages;
    }

    /// <summary>Escapes plain text into HTML blocks of at most <paramref name="limit"/> characters each.</summary>
    public static IReadOnlyList<string> SplitPlain(string text, int limit = TelegramLimit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<string>();
        var current = "";
        foreach (var sentence in Sentences().Split(text).Where(s => s.Length > 0))
        {
            foreach (var piece in FitPiece(sentence, limit))
            {
                var joined = current + piece;
                if (TelegramHtml.Escape(joined).Length <= limit)
                {
                    current = joined;
                    continue;
                }

                if (current.Trim().Length > 0)
                {
                    blocks.Add(TelegramHtml.Escape(current.Trim()));
                }

                current = piece.TrimStart();
            }
        }

        if (current.Trim().Length > 0)
        {
            blocks.Add(TelegramHtml.Escape(current.Trim()));
        }

        return blocks;
    }

    /// <summary>A sentence that does not fit alone is cut at spaces, and a word that does not fit at the limit.</summary>
    private static IEnumerable<string> FitPiece(string sentence, int limit)
    {
        if (TelegramHtml.Escape(sentence).Length <= limit)
        {
            yield return sentence;
            yield break;
        }

        foreach (var word in Words().Split(sentence).Where(w => w.Length > 0))
        {
            var rest = word;
            // Escaping can grow a character to 6 (&quot;), so a sixth of the limit always fits.
            var chunk = Math.Max(1, limit / 6);
            while (TelegramHtml.Escape(rest).Length > limit)
            {
                yield return rest[..chunk];
                rest = rest[chunk..];
            }

            yield return rest;
        }
    }

    private static string PlainText(string html) => System.Net.WebUtility.HtmlDecode(Tags().Replace(html, ""));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    // Keeps the terminator and the following whitespace with the sentence, so joining restores the text.
    [GeneratedRegex(@"(?<=[.!?…]\s+)|(?<=\n)")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"(?<=\s)")]
    private static partial Regex Words();
}
