using System.Text.RegularExpressions;
using AlertBot.Detection.Events;

namespace AlertBot.Detection.Summaries;

/// <summary>
/// Writes an alert's first line from the clause that states the development: openers and time asides dropped,
/// hedges and attribution kept (a hedged source gets "reportedly"), cut to <see cref="MaxLength"/> characters.
/// </summary>
public static partial class HeadlineWriter
{
    public const int MaxLength = HeadlineShape.MaxLength;

    private static readonly string[] HedgeWords = ["reportedly", "reported", "reports", "allegedly", "believed", "said to", "unconfirmed", "apparently", "may have", "might have", "could have", "if confirmed", "claim"];

    private static readonly string[] ReportOpeners = ["amid reports that ", "amid reports ", "reports that ", "there were reports that ", "there are reports that "];

    private static readonly HashSet<string> AdverbialOpeners = new(
        ["in", "on", "at", "after", "before", "during", "hours", "earlier", "later", "however", "meanwhile", "today", "yesterday",
         "overnight", "early", "late", "now", "also", "then", "minutes", "moments", "shortly", "last", "this"],
        StringComparer.OrdinalIgnoreCase);

    public static string Write(EventCandidate lead, bool hedged, string? attribution)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var text = lead.Clause;
        var trigger = lead.TriggerAt;
        (text, trigger) = EvidenceText.WithoutAsides(text, trigger);

        (text, trigger) = Cut(text, trigger, text.Length - EvidenceText.StripOpeners(text).Length);
        foreach (var joint in (string[])["that ", "after ", "before ", "when ", "since ", "because "])
        {
            if (text.StartsWith(joint, StringComparison.OrdinalIgnoreCase) && trigger > joint.Length && !OpensWithParticiple(text[joint.Length..]))
            {
                (text, trigger) = Cut(text, trigger, joint.Length);
            }
        }

        foreach (var opener in ReportOpeners)
        {
            if (text.StartsWith(opener, StringComparison.OrdinalIgnoreCase) && opener.Length < trigger)
            {
                (text, trigger) = Cut(text, trigger, opener.Length);
                hedged = true;
            }
        }

        (text, trigger) = DropAdverbialLead(text, trigger);
        (text, trigger) = DropExistential(text, trigger);
        var subject = lead.EventSubjectAt < 0 ? -1 : lead.EventSubjectAt - (lead.TriggerAt - trigger);
        if (text.Length > MaxLength && subject > 0 && subject < trigger)
        {
            // Too long with the reporter in front: state the event, name the source after it.
            (text, trigger) = Cut(text, trigger, subject);
        }

        text = DropTrailingAttribution(text, trigger, attribution);
        if (hedged && !HedgeWords.Any(h => text.Contains(h, StringComparison.OrdinalIgnoreCase)))
        {
            text = InsertReportedly(text, trigger);
        }

        if (attribution is not null && !text.Contains(attribution, StringComparison.OrdinalIgnoreCase)
            && !MentionsReporting(text) && text.Length + attribution.Length + 16 <= MaxLength)
        {
            text = $"{text.TrimEnd('.', ' ')}, according to {attribution}";
        }

        return Shorten(WithActor(EvidenceText.AsSentence(text).TrimEnd('.'), lead), trigger);
    }

    /// <summary>
    /// "after being hit by a car …" keeps its joining word: without it the line opens on a participle and says nobody did
    /// anything.
    /// </summary>
    private static bool OpensWithParticiple(string rest)
    {
        var end = rest.IndexOf(' ');
        var word = (end < 0 ? rest : rest[..end]).ToLowerInvariant();
        return word is "being" or "having" or "been" || (word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal) && !char.IsUpper(rest[0]));
    }

    /// <summary>"there were 46 arrests …" states its event as "46 arrests …": the dummy subject needs the sentence around it.</summary>
    private static (string Text, int Trigger) DropExistential(string text, int trigger)
    {
        foreach (var opener in Existentials)
        {
            if (text.StartsWith(opener, StringComparison.OrdinalIgnoreCase) && text.Length > opener.Length + 10 && trigger >= opener.Length)
            {
                return Cut(text, trigger, opener.Length);
            }
        }

        return (text, trigger);
    }

    private static readonly string[] Existentials =
        ["there have been ", "there has been ", "there had been ", "there were ", "there was ", "there are ", "there is "];

    /// <summary>"They have also claimed Deir el Zor" names who: "Rebels have also claimed Deir el Zor".</summary>
    private static string WithActor(string text, EventCandidate lead)
    {
        var space = text.IndexOf(' ');
        if (space <= 0 || lead.ActorIsPronoun || lead.Actor is not { Length: > 0 } actor || WordSets.Pronouns.Contains(actor.ToLowerInvariant())
            || !WordSets.Pronouns.Contains(text[..space].ToLowerInvariant()) || text.Contains(actor, StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        return char.ToUpperInvariant(actor[0]) + actor[1..] + text[space..];
    }

    private static (string Text, int Trigger) Cut(string text, int trigger, int count) =>
        count <= 0 || count >= text.Length ? (text, trigger) : (text[count..].TrimStart(), trigger - count - (text[count..].Length - text[count..].TrimStart().Length));

    private static (string Text, int Trigger) DropAdverbialLead(string text, int trigger)
    {
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || comma >= trigger || comma > 45)
        {
            return (text, trigger);
        }

        var first = text[..text.IndexOfAny([' ', ','])];
        if (!AdverbialOpeners.Contains(first))
        {
            return (text, trigger);
        }

        // "In Dubai, one of the seven emirates, buildings were evacuated": the appositive goes with the place it describes.
        var rest = text[(comma + 2)..];
        var space = rest.IndexOf(' ');
        var next = text.IndexOf(", ", comma + 2, StringComparison.Ordinal);
        if (space > 0 && AppositiveOpeners.Contains(rest[..space]) && next > 0 && next < trigger)
        {
            comma = next;
        }

        return Cut(text, trigger, comma + 2);
    }

    private static readonly HashSet<string> AppositiveOpeners = new(StringComparer.Ordinal) { "one", "a", "an", "the", "home", "its", "where", "which", "some", "about" };

    private static string DropTrailingAttribution(string text, int trigger, string? attribution)
    {
        if (attribution is null)
        {
            return text;
        }

        var at = text.IndexOf(attribution, Math.Max(0, trigger), StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var comma = text.LastIndexOf(", ", at, StringComparison.Ordinal);
        return comma > trigger ? text[..comma] : text;
    }

    private static string InsertReportedly(string text, int trigger)
    {
        if (trigger <= 0 || trigger >= text.Length)
        {
            return "Reportedly: " + text;
        }

        return text[..trigger] + "reportedly " + text[trigger..];
    }

    private static bool MentionsReporting(string text)
    {
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.IsWord && WordSets.Reporting.Contains(token.Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static string Shorten(string text, int trigger)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        // The alert carries its own time: "on Saturday" and "last month" go before any words of the event do.
        foreach (Match m in TimeAside().Matches(text).Reverse())
        {
            text = text.Remove(m.Index, m.Length);
            trigger -= m.Index < trigger ? Math.Min(m.Length, trigger - m.Index) : 0;
        }

        if (text.Length <= MaxLength)
        {
            return text;
        }

        // Cut where a clause or phrase ends, never inside one: at a comma or dash, else before a joining word.
        var floor = Math.Clamp(trigger + 12, 30, MaxLength - 1);
        foreach (var mark in (string[])[", ", " - ", " – ", " — ", "; "])
        {
            var at = text.LastIndexOf(mark, MaxLength - 1, StringComparison.Ordinal);
            if (at >= floor)
            {
                return WithoutDangling(text[..at]);
            }
        }

        foreach (var joint in (string[])[" after ", " as ", " amid ", " while ", " when ", " because ", " with ", " following ", " on ", " in ", " for ", " from ", " at ", " near "])
        {
            var at = text.LastIndexOf(joint, MaxLength - 1, StringComparison.Ordinal);
            if (at >= floor && at + joint.Length <= MaxLength)
            {
                return WithoutDangling(text[..at]);
            }
        }

        var space = text.LastIndexOf(' ', MaxLength - 1);
        return WithoutDangling(space > 30 ? text[..space] : text[..MaxLength]);
    }

    [GeneratedRegex(@"(?<=\w) (?:(?:(?:late |early )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?)|(?:last|this) (?:week|month|weekend|night|morning)|yesterday|overnight)(?=[ ,.;]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeAside();

    /// <summary>A cut never leaves "... of the" hanging.</summary>
    private static string WithoutDangling(string text)
    {
        var t = text.TrimEnd(',', ';', ':', ' ', '-');
        while (t.LastIndexOf(' ') is var space and > 0 && HeadlineShape.Dangling.Contains(t[(space + 1)..].Trim('"', '\'', ',')))
        {
            t = t[..space].TrimEnd(',', ';', ':', ' ', '-');
        }

        return t;
    }
}
