using System.Collections.Frozen;

namespace AlertBot.Detection.Text;

/// <summary>Word lists the sentence splitter consults when a full stop follows a short token.</summary>
internal static class Abbreviations
{
    /// <summary>Titles precede a name, so a full stop after them never ends a sentence.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Lookup(
        "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "gen", "lt", "col", "sgt", "st", "capt", "cpt", "maj",
        "cpl", "pvt", "adm", "brig", "cmdr", "cdr", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp",
        "det", "fr", "mt", "ft", "amb", "sec", "atty", "gens", "lt.col", "lt.gen", "maj.gen", "brig.gen");

    /// <summary>Abbreviations that can also close a sentence ("imposed by the U.S. The ...").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Ambiguous = Lookup(
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "plc", "llc", "jr", "sr", "bros",
        "approx", "dept", "est", "fig", "vol", "al", "cf", "ca", "govt", "univ", "intl", "ave", "rd", "blvd",
        "mins", "min", "hrs", "km", "kg", "lbs", "oz", "pp", "ed", "eds", "op", "cit");

    /// <summary>Words that typically open a sentence; after an ambiguous abbreviation they signal a real boundary.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceStarters = Lookup(
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "or", "so", "yet", "in",
        "on", "at", "as", "after", "before", "when", "while", "this", "that", "these", "those", "there", "their",
        "his", "her", "its", "our", "many", "some", "most", "meanwhile", "however", "earlier", "later", "since",
        "if", "although", "though", "officials", "one", "two", "both", "all", "no", "not", "what", "why", "how",
        "who", "where", "then", "also", "still", "now", "last", "other", "such", "here", "several", "more",
        "according", "during", "about");

    /// <summary>Words that can follow "a.m."/"p.m." inside a sentence; any other capitalised word starts a new one.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeFollowers = Lookup(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu",
        "fri", "sat", "sun", "gmt", "bst", "utc", "et", "est", "edt", "cet", "cest", "pst", "pdt", "ist", "msk", "eet",
        "eest", "ast", "jst", "aest", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "local", "eastern", "pacific",
        "central", "mountain", "greenwich", "universal");

    /// <summary>After a quoted question or exclamation, these within the next few words mean the sentence goes on.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs = Lookup(
        "said", "says", "asked", "asks", "told", "tells", "added", "adds", "replied", "replies", "shouted", "shouts",
        "wrote", "writes", "tweeted", "posted", "chanted", "cried", "yelled", "wondered", "declared", "insisted",
        "exclaimed", "joked", "quipped", "recalled", "explained", "continued", "demanded", "screamed", "sang");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
