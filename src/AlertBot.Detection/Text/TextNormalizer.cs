using System.Text;

namespace AlertBot.Detection.Text;

/// <summary>
/// Folds typographic variants to plain ASCII punctuation so boilerplate rules, sentence splitting and
/// matching only ever see one form of a quote, dash or space. Collapses all whitespace (line breaks too)
/// to single spaces; callers that need line structure normalise line by line.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsAlreadyNormal(text) ? text : Rewrite(text);
    }

    // Most feed text is already plain; returning the same instance keeps the hot path allocation-free.
    private static bool IsAlreadyNormal(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        var previousSpace = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return false;
                }

                previousSpace = true;
                continue;
            }

            previousSpace = false;
            if (c < ' ' || c == '\u007F' || (c > '\u007F' && NeedsRewrite(c)))
            {
                return false;
            }
        }

        return true;
    }

    // Pound signs, accents and non-Latin letters are common in news and pass through unchanged.
    private static bool NeedsRewrite(char c) => Map(c) != c || c == '\u2026' || char.IsWhiteSpace(c) || char.IsControl(c);

    private static string Rewrite(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\u2014' or '\u2015')
            {
                // An em dash joins clauses ("rebels\u2014who entered Sunday\u2014said"); a bare hyphen would glue the words.
                if (sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append('-');
                pendingSpace = true;
                continue;
            }

            var mapped = Map(c);
            if (mapped == Drop)
            {
                continue;
            }

            if (mapped == ' ' || char.IsWhiteSpace(mapped) || char.IsControl(mapped))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            if (mapped == '\u2026')
            {
                sb.Append("...");
            }
            else
            {
                sb.Append(mapped);
            }
        }

        return sb.ToString();
    }

    private const char Drop = '\uFFFF';

    private static char Map(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u2039' or '\u203A' or '\u0060' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        '\u00A0' or '\u200B' or '\u2007' or '\u202F' or '\u3000' => ' ',
        // Joiners, word joiners, BOMs and soft hyphens sit inside words ("al-\u00ADQaeda"); a space would split them.
        '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F' => Drop,
        _ => c,
    };
}
