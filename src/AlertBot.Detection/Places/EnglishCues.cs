namespace AlertBot.Detection.Places;

/// <summary>Closed classes of English words that tell a capitalised name is a person or not a name at all.</summary>
internal static class EnglishCues
{
    /// <summary>Titles and roles placed before a person's name ("President", "striker", "Mr").</summary>
    private static readonly HashSet<string> Titles = new(
    [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "king", "queen", "prince",
        "princess", "sheikh", "shaikh", "emir", "imam", "ayatollah", "rev", "reverend", "pope", "cardinal", "bishop",
        "archbishop", "president", "vice", "minister", "premier", "chancellor", "senator", "sen", "rep", "congressman",
        "congresswoman", "governor", "gov", "mayor", "judge", "general", "gen", "colonel", "col", "lt", "lieutenant",
        "capt", "captain", "maj", "sgt", "sergeant", "commander", "marshal", "admiral", "brig", "brigadier",
        "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "secretary", "ambassador", "envoy",
        "leader", "coach", "manager", "boss", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger",
        "captain", "skipper", "actor", "actress", "singer", "rapper", "director", "producer", "author", "novelist",
        "presenter", "comedian", "chief", "executive", "founder", "analyst", "economist", "officer",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string> SpeechVerbs = new(
    [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "announced", "announces", "asked",
        "asks", "wrote", "writes", "insisted", "insists", "claimed", "claims", "denied", "denies", "warned", "warns",
        "argued", "argues", "explained", "explains", "tweeted", "posted", "urged", "urges", "admitted", "admits",
        "confirmed", "confirms", "believes", "believed", "thinks", "thought", "noted", "notes", "replied", "stressed",
    ], StringComparer.Ordinal);

    /// <summary>Capitalised everywhere in English, so capitalisation says nothing about them being places.</summary>
    private static readonly HashSet<string> CalendarWords = new(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas",
        "easter", "ramadan", "eid", "god", "allah", "i",
    ], StringComparer.Ordinal);

    /// <summary>Lowercase particles that may sit inside a place name ("Ras al-Ain", "Stratford-upon-Avon").</summary>
    private static readonly HashSet<string> NameParticles = new(
    [
        "al", "el", "il", "ul", "ad", "ed", "as", "es", "at", "et", "ar", "er", "an", "en", "ash", "esh", "az", "ez",
        "ath", "adh", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "los",
        "las", "upon", "on", "sur", "im", "am", "der", "den", "bin", "ibn", "abu", "of", "and", "y", "e", "van",
        "von", "ter", "aan", "sous", "the", "i", "u", "na", "nad", "pod",
    ], StringComparer.Ordinal);

    /// <summary>Particles that join the parts of a person's name ("Nouri al-Maliki", "Ludwig van Beethoven").</summary>
    private static readonly HashSet<string> PersonParticles = new(
    [
        "al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "ben",
    ], StringComparer.Ordinal);

    /// <summary>Nouns that make a preceding place name a modifier of something else ("Downing Street", "Davis Cup", "Sundance Festival", "Yamanouchi Pharmaceutical").</summary>
    private static readonly HashSet<string> NonPlaceHeads = new(
    [
        "street", "road", "avenue", "lane", "drive", "boulevard", "square", "cup", "trophy", "award", "awards",
        "prize", "globe", "globes", "medal", "stakes", "post", "times", "journal", "herald", "tribune", "gazette",
        "telegraph", "chronicle", "records", "pictures", "studios", "motors", "airways", "airlines", "group",
        "bank", "pharmaceutical", "pharmaceuticals", "holdings", "corporation", "corp", "inc", "ltd", "plc", "company",
        "industries", "electric", "energy", "telecom", "entertainment", "festival", "marathon", "palace", "river",
        // Football clubs named for their town ("Manchester United", "Brighton and Hove Albion", "Bolton Wanderers").
        "united", "fc", "afc", "rovers", "wanderers", "athletic", "albion", "hotspur",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Words that make the name after them a natural feature or a club, not the town of that name ("Mount Fuji", "Lake Como",
    /// "Real Madrid", "Inter Milan").
    /// </summary>
    private static readonly HashSet<string> FeatureWords = new(
        ["mount", "mt", "lake", "river", "real", "atletico", "inter", "dynamo", "dinamo", "olympique", "fc", "ac"], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FeatureLookup = FeatureWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsFeatureWord(ReadOnlySpan<char> folded) => FeatureLookup.Contains(folded);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NonPlaceHeadLookup = NonPlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechLookup = SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarLookup = CalendarWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = NameParticles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonParticleLookup = PersonParticles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsTitle(ReadOnlySpan<char> folded) => TitleLookup.Contains(folded);

    public static bool IsNonPlaceHead(ReadOnlySpan<char> folded) => NonPlaceHeadLookup.Contains(folded);

    public static bool IsSpeechVerb(ReadOnlySpan<char> folded) => SpeechLookup.Contains(folded);

    public static bool IsCalendarWord(ReadOnlySpan<char> folded) => CalendarLookup.Contains(folded);

    public static bool IsNameParticle(ReadOnlySpan<char> folded) => ParticleLookup.Contains(folded);

    public static bool IsPersonParticle(ReadOnlySpan<char> folded) => PersonParticleLookup.Contains(folded);
}
