using System.Collections.Frozen;

namespace AlertBot.Detection.Text;

/// <summary>
/// Word-level shape tests for short lines that carry no news: bylines, staff titles, timestamps and
/// navigation/sharing widgets. Each test requires EVERY word to fit its vocabulary, so a line that reports
/// something (it has a verb or a lowercase content word) never matches.
/// </summary>
internal static class LineShapes
{
    private const int MaxTimestampWords = 24;
    private const string EdgePunctuation = ",;:()[]{}\"'|\u2022*.!?-/";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameConnectors = Lookup(
        "and", "&", "in", "at", "for", "of", "the", "de", "del", "da", "dos", "al", "el", "bin", "ibn", "van",
        "von", "der", "la", "le", "du", "with", "and", "reporting", "from");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CreditVerbs = Lookup(
        "written", "edited", "reported", "words", "compiled", "produced", "photographs", "photos", "pictures", "video",
        "illustrations", "graphics", "interview", "analysis", "posted", "sponsored", "supported", "presented", "powered",
        "funded");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrepositions = Lookup("in", "at", "for", "based");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleNouns = Lookup(
        "correspondent", "correspondents", "reporter", "reporters", "editor", "editors", "journalist",
        "journalists", "writer", "writers", "contributor", "contributors", "analyst", "producer", "producers",
        "columnist", "presenter", "photographer", "photographers");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleDescriptors = Lookup(
        "senior", "chief", "international", "political", "security", "diplomatic", "defence", "defense",
        "business", "economics", "economic", "technology", "tech", "health", "science", "world", "foreign",
        "home", "affairs", "special", "investigations", "investigative", "regional", "global", "north", "south",
        "east", "west", "middle", "news", "our", "deputy", "associate", "managing", "contributing", "freelance",
        "lead", "digital", "online", "data", "video", "based", "arab", "culture", "arts", "sports", "sport",
        "media", "legal", "environment", "climate", "education", "social", "community", "local", "breaking");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DateWords = Lookup(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
        "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "gmt", "bst", "utc", "et", "est", "edt",
        "cet", "cest", "pst", "pdt", "ist", "msk", "ast", "eet", "eest", "am", "pm", "a.m", "p.m", "at", "on",
        "of", "the", "ago", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "second", "seconds",
        "day", "days", "week", "weeks", "read", "yesterday", "today", "updated", "published", "last", "first",
        "posted", "modified", "released", "date", "time", "local", "and", "by", "just", "now", "a", "an");

    /// <summary>Function words shared by the vocabularies; a line made only of these ("And", "The") is a fragment, not furniture.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakWords = Lookup(
        "the", "and", "of", "on", "in", "to", "up", "or", "this", "our", "us", "more", "now", "next", "via", "full",
        "back", "top", "later", "at", "by", "a", "an", "just", "first", "last", "date", "time", "local", "read", "day",
        "days", "week", "weeks", "second", "seconds", "may", "sun", "sat", "wed", "mar", "show", "open", "play",
        "with", "new", "you", "also", "be", "your", "get", "free", "like", "post", "key", "events", "only", "paid",
        "send", "questions", "tips", "contact", "account", "profile", "settings", "trial", "interested", "stories",
        "most", "presented", "supported", "window", "tab", "opens", "report", "content", "story", "article");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NavigationWords = Lookup(
        "advertisement", "advertisements", "advert", "adverts", "ad", "ads", "sponsored", "content", "skip",
        "continue", "continues", "reading", "below", "above", "story", "article", "this", "share", "sharing",
        "on", "facebook", "twitter", "x", "whatsapp", "email", "e-mail", "linkedin", "telegram", "reddit",
        "pinterest", "messenger", "copy", "copied", "link", "print", "save", "saved", "comment", "comments",
        "tweet", "pin", "follow", "us", "subscribe", "sign", "in", "up", "log", "register", "menu", "home",
        "close", "back", "to", "top", "more", "show", "hide", "listen", "play", "pause", "audio", "video",
        "loading", "scroll", "the", "our", "now", "next", "previous", "related", "topics", "stories", "options",
        "live", "latest", "updates", "breaking", "news", "page", "view", "gallery", "full", "screen", "fullscreen",
        "open", "expand", "collapse", "image", "images", "photos", "photo", "of", "and", "via", "or", "site",
        "search", "bookmark", "gift", "read", "later", "minute", "min", "sponsor", "partner", "promoted", "feedback",
        "embed", "report", "replay", "watch", "enlarge", "toggle", "caption", "credit", "newsletter", "app", "by",
        "with", "opens", "new", "window", "tab", "most", "popular", "viewed", "trending", "recommended", "key",
        "events", "only", "supported", "presented", "sponsors", "partners", "paid", "post", "you", "may", "like",
        "also", "interested", "be", "in", "stories", "contact", "tips", "send", "your", "questions", "sign-up",
        "signup", "account", "login", "profile", "settings", "notifications", "alerts", "get", "free", "trial");

    public static bool IsByline(string line)
    {
        var by = line.IndexOf("By ", StringComparison.OrdinalIgnoreCase);
        if (by < 0 || !char.IsUpper(line[0]) || EndsLikeSentence(line) || !IsCreditVerb(line.AsSpan(0, by)))
        {
            return false;
        }

        var rest = line.AsSpan(by + 3);
        var words = 0;
        foreach (var range in rest.Split(' '))
        {
            var word = rest[range].Trim(EdgePunctuation);
            if (word.Length == 0)
            {
                continue;
            }

            words++;
            if (words > 14 || !(char.IsUpper(word[0]) || NameConnectors.Contains(word) || RoleNouns.Contains(word) || RoleDescriptors.Contains(word)))
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>Nothing (a plain "By ...") or a credit verb ("Written", "Edited", "Sponsored") may precede "by".</summary>
    private static bool IsCreditVerb(ReadOnlySpan<char> prefix)
    {
        var verb = prefix.TrimEnd(' ');
        return verb.Length == 0 || CreditVerbs.Contains(verb);
    }

    /// <summary>
    /// "Jane Doe, Middle East correspondent" or "Chief international correspondent in Beirut" on a line of its own.
    /// The role word must close the line (or precede "in/at/for Place") so a title-case headline such as
    /// "Reporter Killed In Shelling" is not taken for a staff title.
    /// </summary>
    public static bool IsStaffTitle(string line)
    {
        if (line.Length == 0 || !char.IsUpper(line[0]) || EndsLikeSentence(line))
        {
            return false;
        }

        var words = 0;
        var afterRole = -1;
        var placeAfterRole = false;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var word = line.AsSpan()[range].Trim(EdgePunctuation);
            if (word.Length == 0)
            {
                continue;
            }

            words++;
            var isRole = RoleNouns.Contains(word);
            if (words > 10 || !(isRole || char.IsUpper(word[0]) || NameConnectors.Contains(word) || RoleDescriptors.Contains(word)))
            {
                return false;
            }

            if (isRole)
            {
                afterRole = 0;
                placeAfterRole = false;
            }
            else if (afterRole >= 0)
            {
                placeAfterRole = afterRole == 0 ? PlacePrepositions.Contains(word) : placeAfterRole;
                afterRole++;
            }
        }

        return afterRole == 0 || (placeAfterRole && afterRole <= 4);
    }

    /// <summary>"Published 8 December 2024", "Sunday 8 Dec 2024 10.30 GMT", "2 hours ago", "5 min read".</summary>
    public static bool IsTimestamp(string line)
    {
        var words = 0;
        var dated = false;
        var allNumbers = true;
        var dateFormat = false;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var word = line.AsSpan()[range].Trim(EdgePunctuation);
            if (word.Length == 0)
            {
                continue;
            }

            words++;
            if (words > MaxTimestampWords)
            {
                return false;
            }

            if (IsNumberLike(word))
            {
                dateFormat |= word.ContainsAny('/', ':');
                continue;
            }

            allNumbers = false;

            if (!DateWords.Contains(word))
            {
                return false;
            }

            dated |= !WeakWords.Contains(word);
        }

        // A bare number ("78,000") is a figure, not a timestamp: it needs a date or time word, or a 12/8/2024 or 10:30 shape.
        return dated || (allNumbers && dateFormat);
    }

    /// <summary>"Advertisement", "Share this article", "Skip to content", "Copy link": widget text only.</summary>
    public static bool IsNavigation(string line)
    {
        var words = 0;
        var widget = false;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var word = line.AsSpan()[range].Trim(EdgePunctuation);
            if (word.Length == 0)
            {
                continue;
            }

            words++;
            if (words > 8 || !NavigationWords.Contains(word))
            {
                return false;
            }

            widget |= !WeakWords.Contains(word);
        }

        return widget;
    }

    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = c == ' ';
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }

    private static bool EndsLikeSentence(string line) => line.Length > 0 && line[^1] is '.' or '!' or '?' or ':';

    /// <summary>12, 2024, 10:30, 12/8/2024, 10.30pm, 8th, 3h.</summary>
    private static bool IsNumberLike(ReadOnlySpan<char> word)
    {
        var digits = 0;
        var i = 0;
        for (; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not ('.' or ':' or '/' or ',' or '-'))
            {
                break;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        var suffix = word[i..];
        return suffix.Length == 0 || suffix.Length <= 3 && (suffix.Equals("am", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("pm", StringComparison.OrdinalIgnoreCase) || suffix.Equals("st", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("th", StringComparison.OrdinalIgnoreCase) || suffix.Equals("h", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("hrs", StringComparison.OrdinalIgnoreCase) || suffix.Equals("min", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("m", StringComparison.OrdinalIgnoreCase));
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.Distinct(StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
