namespace AlertBot.Detection.Scoring;

/// <summary>
/// Tells reports from the rest of a news site's output (explainers, opinion, live-blog shells, digests, features, profiles,
/// previews, programmes, galleries, podcasts and video) by three things outlets use to label them: the title's shape, the
/// section in the URL's path, and the lead's wording.
/// </summary>
public static class ArticleKindClassifier
{
    private static readonly string[] ExplainerOpeners = ["why ", "what ", "how ", "who ", "where ", "when "];

    /// <summary>Title openers of pieces that explain or portray rather than report.</summary>
    private static readonly (string Opener, ArticleKind Kind)[] Openers =
    [
        ("why ", ArticleKind.Explainer), ("how ", ArticleKind.Explainer), ("what ", ArticleKind.Explainer), ("what's ", ArticleKind.Explainer),
        ("explainer", ArticleKind.Explainer), ("analysis", ArticleKind.Explainer), ("fact check", ArticleKind.Explainer),
        ("mapping ", ArticleKind.Explainer), ("inside ", ArticleKind.Feature), ("a history of", ArticleKind.Explainer),
        ("who is ", ArticleKind.Profile), ("who are ", ArticleKind.Profile), ("who was ", ArticleKind.Profile), ("profile", ArticleKind.Profile),
        ("opinion", ArticleKind.Opinion), ("comment", ArticleKind.Opinion), ("editorial", ArticleKind.Opinion), ("letters", ArticleKind.Opinion),
        ("review", ArticleKind.Opinion), ("column", ArticleKind.Opinion),
        ("live", ArticleKind.LiveShell), ("as it happened", ArticleKind.LiveShell),
        ("watch", ArticleKind.Media), ("video", ArticleKind.Media), ("photos", ArticleKind.Media), ("in pictures", ArticleKind.Media),
        ("in photos", ArticleKind.Media), ("podcast", ArticleKind.Media), ("listen", ArticleKind.Media), ("gallery", ArticleKind.Media),
        ("preview", ArticleKind.Preview), ("quiz", ArticleKind.Media), ("timeline", ArticleKind.Explainer),
        // Community feeds' labels: "TIL" (today I learned) is trivia, "ELI5" an explainer.
        ("til ", ArticleKind.Feature), ("today i learned", ArticleKind.Feature), ("eli5", ArticleKind.Explainer),
        // The wires' labels ("FACTBOX-…", "INSIGHT-…", "BREAKINGVIEWS-…").
        ("factbox", ArticleKind.Explainer), ("insight", ArticleKind.Feature), ("breakingviews", ArticleKind.Opinion),
        ("obituary", ArticleKind.Profile), ("interview", ArticleKind.Feature), ("recap", ArticleKind.Digest),
        ("the long read", ArticleKind.Feature), ("long read", ArticleKind.Feature), ("reality check", ArticleKind.Explainer),
        ("fast facts", ArticleKind.Explainer), ("sponsored", ArticleKind.Feature), ("letter from ", ArticleKind.Feature),
        ("quotes", ArticleKind.Digest), ("reaction", ArticleKind.Digest),
    ];

    /// <summary>
    /// Openers that are labels only when a separator follows ("Review: …", "LIVE - …", "ANALYSIS-…"): as the title's first
    /// word they are as often news ("Review finds police failings", "Live ammunition fired at protesters").
    /// </summary>
    private static readonly HashSet<string> LabelsOnly = new(
    [
        "analysis", "explainer", "profile", "opinion", "comment", "editorial", "letters", "review", "column", "live", "podcast",
        "gallery", "preview", "quiz", "timeline", "factbox", "insight", "breakingviews", "obituary", "interview", "recap",
        "reality check", "sponsored", "quotes", "reaction",
    ], StringComparer.Ordinal);

    /// <summary>Phrases anywhere in a title that label its kind.</summary>
    private static readonly (string Cue, ArticleKind Kind)[] Cues =
    [
        ("explainer", ArticleKind.Explainer), ("explained", ArticleKind.Explainer), ("we know", ArticleKind.Explainer),
        ("what to know", ArticleKind.Explainer), ("what you need to know", ArticleKind.Explainer), ("q&a", ArticleKind.Explainer),
        ("timeline:", ArticleKind.Explainer), ("timeline of", ArticleKind.Explainer), ("a guide to", ArticleKind.Explainer), ("takeaways", ArticleKind.Explainer),
        ("key events", ArticleKind.Digest), ("digest", ArticleKind.Digest), ("briefing", ArticleKind.Digest), ("round-up", ArticleKind.Digest),
        ("roundup", ArticleKind.Digest), ("newsletter", ArticleKind.Digest), ("the week in", ArticleKind.Digest), ("week in review", ArticleKind.Digest), ("the latest:", ArticleKind.Digest),
        ("live updates", ArticleKind.LiveShell), ("live blog", ArticleKind.LiveShell), ("follow live", ArticleKind.LiveShell),
        ("as it happened", ArticleKind.LiveShell), ("live:", ArticleKind.LiveShell), (" latest:", ArticleKind.LiveShell),
        ("in pictures", ArticleKind.Media), ("in photos", ArticleKind.Media), ("photos:", ArticleKind.Media), ("video:", ArticleKind.Media),
        ("watch:", ArticleKind.Media), ("- video", ArticleKind.Media), ("(video)", ArticleKind.Media), ("[video]", ArticleKind.Media),
        ("(photos)", ArticleKind.Media), ("(watch)", ArticleKind.Media), ("podcast", ArticleKind.Media), ("gallery:", ArticleKind.Media),
        ("quiz:", ArticleKind.Media), ("news quiz", ArticleKind.Media), ("opinion:", ArticleKind.Opinion), ("analysis:", ArticleKind.Explainer),
        ("match preview", ArticleKind.Preview), ("preview:", ArticleKind.Preview),
        // Listicles and recaps, after the digests' labels ("Morning briefing: five things to know" is a digest).
        ("the story so far", ArticleKind.Explainer), ("things we learned", ArticleKind.Explainer), ("things to know", ArticleKind.Explainer),
        ("things you need to know", ArticleKind.Explainer), ("lessons from", ArticleKind.Explainer), ("key moments", ArticleKind.Explainer),
        ("visual guide", ArticleKind.Explainer), ("in maps", ArticleKind.Explainer), ("in charts", ArticleKind.Explainer),
        ("in numbers", ArticleKind.Explainer), (": inside ", ArticleKind.Feature),
        // DW and others title each day's live page "Ukraine updates: …".
        ("updates:", ArticleKind.LiveShell),
        // "The horrifying statistics behind the brutal conflict": what lies behind an event explains it.
        ("statistics behind", ArticleKind.Explainer), ("numbers behind", ArticleKind.Explainer), ("figures behind", ArticleKind.Explainer),
        ("story behind", ArticleKind.Explainer), ("truth behind", ArticleKind.Explainer), ("science behind", ArticleKind.Explainer),
        ("reasons behind", ArticleKind.Explainer), ("facts behind", ArticleKind.Explainer), ("history behind", ArticleKind.Explainer),
    ];

    private static readonly HashSet<string> Counts = new(
        ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty", "100"], StringComparer.Ordinal);

    private static readonly HashSet<string> Spans = new(["year", "years", "month", "months", "decade", "decades", "week", "weeks"], StringComparer.Ordinal);

    private static readonly HashSet<string> Afters = new(["after", "on", "since", "later"], StringComparer.Ordinal);

    /// <summary>URL path sections outlets file these kinds under.</summary>
    private static readonly (string Section, ArticleKind Kind)[] Sections =
    [
        ("opinion", ArticleKind.Opinion), ("opinions", ArticleKind.Opinion), ("commentisfree", ArticleKind.Opinion), ("comment", ArticleKind.Opinion),
        ("editorial", ArticleKind.Opinion), ("editorials", ArticleKind.Opinion), ("columns", ArticleKind.Opinion), ("columnists", ArticleKind.Opinion),
        ("letters", ArticleKind.Opinion), ("blogs", ArticleKind.Opinion), ("reviews", ArticleKind.Opinion), ("review", ArticleKind.Opinion),
        ("analysis", ArticleKind.Explainer), ("explainer", ArticleKind.Explainer), ("explainers", ArticleKind.Explainer), ("interactive", ArticleKind.Explainer),
        ("interactives", ArticleKind.Explainer), ("graphics", ArticleKind.Explainer), ("factcheck", ArticleKind.Explainer), ("fact-check", ArticleKind.Explainer),
        ("features", ArticleKind.Feature), ("feature", ArticleKind.Feature), ("longform", ArticleKind.Feature), ("long-reads", ArticleKind.Feature),
        ("magazine", ArticleKind.Feature), ("briefing", ArticleKind.Digest), ("newsletters", ArticleKind.Digest), ("newsletter", ArticleKind.Digest),
        ("live", ArticleKind.LiveShell), ("liveblog", ArticleKind.LiveShell), ("live-news", ArticleKind.LiveShell), ("live-updates", ArticleKind.LiveShell),
        ("video", ArticleKind.Media), ("videos", ArticleKind.Media), ("watch", ArticleKind.Media), ("program", ArticleKind.Media),
        ("programs", ArticleKind.Media), ("programme", ArticleKind.Media), ("programmes", ArticleKind.Media), ("gallery", ArticleKind.Media),
        ("galleries", ArticleKind.Media), ("in-pictures", ArticleKind.Media), ("pictures", ArticleKind.Media), ("photos", ArticleKind.Media),
        ("photo", ArticleKind.Media), ("podcast", ArticleKind.Media), ("podcasts", ArticleKind.Media), ("audio", ArticleKind.Media), ("av", ArticleKind.Media),
        ("voices", ArticleKind.Opinion), ("op-ed", ArticleKind.Opinion), ("op-eds", ArticleKind.Opinion), ("commentary", ArticleKind.Opinion),
        ("perspectives", ArticleKind.Opinion), ("explained", ArticleKind.Explainer), ("ng-interactive", ArticleKind.Explainer),
        ("long-read", ArticleKind.Feature), ("longread", ArticleKind.Feature), ("longreads", ArticleKind.Feature),
        ("obituaries", ArticleKind.Profile), ("obituary", ArticleKind.Profile), ("sponsored", ArticleKind.Feature),
        ("partner-content", ArticleKind.Feature), ("paid-content", ArticleKind.Feature), ("advertorial", ArticleKind.Feature),
        ("live-blog", ArticleKind.LiveShell), ("slideshow", ArticleKind.Media), ("slideshows", ArticleKind.Media),
        ("picture-galleries", ArticleKind.Media), ("photo-galleries", ArticleKind.Media), ("quizzes", ArticleKind.Media),
        ("puzzles", ArticleKind.Media), ("crosswords", ArticleKind.Media),
    ];

    /// <summary>Lead wording of programmes and video pieces ("In this episode ...", "Watch ...").</summary>
    private static readonly string[] MediaLeads = ["in this episode", "in this video", "in this programme", "in this program", "this episode", "watch ", "listen ", "we speak to", "we ask", "we look at", "we explore"];

    public static ArticleKind Classify(string title) => Classify(title, null, null);

    public static ArticleKind Classify(string title, string? url, string? lead)
    {
        ArgumentNullException.ThrowIfNull(title);
        var t = title.Trim().ToLowerInvariant().Replace('\u2019', '\'');
        if (t.Contains('?', StringComparison.Ordinal))
        {
            return ArticleKind.Question;
        }

        // "US election results: How Black voters shifted": the part after a label explains, it does not report.
        var colon = t.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && ExplainerOpeners.Any(o => t.AsSpan(colon + 2).StartsWith(o, StringComparison.Ordinal)))
        {
            return ArticleKind.Explainer;
        }

        // "Sudan war: 'They killed my husband in front of me'": a witness's words alone are a feature's title, not a report's.
        if (IsQuotation(colon > 0 ? t[(colon + 2)..] : t))
        {
            return ArticleKind.Feature;
        }

        foreach (var (opener, kind) in Openers)
        {
            if (t.StartsWith(opener, StringComparison.Ordinal) && OpensPhrase(t, opener))
            {
                return kind;
            }
        }

        // The first words, enough for the checks on how a title opens; the fifth holds the rest.
        var opening = t.Split(' ', 5, StringSplitOptions.RemoveEmptyEntries);
        if (LooksBack(opening))
        {
            return ArticleKind.Feature;
        }

        if (Prescribes(t) || IsHouseView(opening))
        {
            return ArticleKind.Opinion;
        }

        foreach (var (cue, kind) in Cues)
        {
            if (t.Contains(cue, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        if (SectionOf(url) is { } section)
        {
            return section;
        }

        // "Gaza after the ceasefire: a city in ruins", "The night the dam burst: an eyewitness account": a noun phrase after the
        // colon that states nothing names a feature's angle; "The men who killed Nasrallah" is a profile's title.
        if ((colon > 0 && NamesAnAngle(t[(colon + 2)..])) || DescribesWho(opening, t))
        {
            return ArticleKind.Feature;
        }

        var l = (lead ?? "").TrimStart().ToLowerInvariant();
        return MediaLeads.Any(m => l.StartsWith(m, StringComparison.Ordinal)) ? ArticleKind.Media : ArticleKind.Report;
    }

    /// <summary>
    /// A clip filed under a video section with a plain title and lead: what a news clip of a report looks like, so a title that
    /// states news makes it a report. Programmes, podcasts and pieces labelled "Video:" or opening "In this episode" are not.
    /// </summary>
    public static bool IsPlainClip(string title, string? url, string? lead) =>
        Classify(title, null, lead) == ArticleKind.Report
        && Section(url)?.Name is "video" or "videos" or "watch" or "av" or "program" or "programs" or "programme" or "programmes";

    private static bool IsQuotation(string text)
    {
        var q = text.Trim();
        return q.Length > 2 && q[0] is '\'' or '"' && q[^1] == q[0];
    }

    private static bool NamesAnAngle(string tail)
    {
        if (tail.Split(' ', 2) is not [("a" or "an" or "the"), _])
        {
            return false;
        }

        var tokens = Events.Tokenizer.Tokenize(tail);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (Events.WordSets.Auxiliaries.Contains(tokens[i].Lower) || Events.TriggerLexicon.Match(tokens, i) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "The men who killed Nasrallah", "The quake that shook Myanmar": a title that is one noun phrase about who or what, as a
    /// profile's is. Headlines drop the article ("Gunman who killed five arrested"), and one that goes on to say what
    /// happened to them ("... has been arrested", "... were freed") reports.
    /// </summary>
    private static bool DescribesWho(string[] opening, string title)
    {
        if (opening.Length < 3 || opening[0] is not ("the" or "a" or "an"))
        {
            return false;
        }

        var relative = Array.FindIndex(opening, 1, Math.Min(3, opening.Length - 1), w => w is "who" or "that" or "whose");
        return relative > 1 && !PassiveOrPerfect.Any(m => title.Contains(m, StringComparison.Ordinal));
    }

    private static readonly string[] PassiveOrPerfect = [" has been ", " have been ", " had been ", " was ", " were ", " is being ", " are being "];

    /// <summary>
    /// "Five years after the Beirut blast, victims still wait", "A year on from the quake": an anniversary piece about an event
    /// long reported. Inside a title the same words are news ("Man jailed 20 years after murder").
    /// </summary>
    private static bool LooksBack(string[] words) =>
        words.Length >= 3 && (Counts.Contains(words[0]) || words[0].All(char.IsAsciiDigit)) && Spans.Contains(words[1])
        && Afters.Contains(words[2].TrimEnd(',', ':'));

    /// <summary>
    /// "Live:" opens a label, "Liverpool" and "Live ammunition fired" do not; "Watch the moment ..." opens a clip; "Inside
    /// Gaza's ..." opens a feature, "Inside" alone is a word.
    /// </summary>
    private static bool OpensPhrase(string title, string opener)
    {
        if (opener.EndsWith(' ') || title.Length == opener.Length)
        {
            return true;
        }

        if (char.IsLetter(title[opener.Length]))
        {
            return false;
        }

        if (!LabelsOnly.Contains(opener))
        {
            return true;
        }

        var rest = title.AsSpan(opener.Length).TrimStart();
        return rest.IsEmpty || rest[0] is ':' or '|' or '-' or '\u2013' or '\u2014' or '/';
    }

    /// <summary>Words that make a title the report of what someone said ("Israel must be punished, Iran says", "... - Blair").</summary>
    private static readonly HashSet<string> Attributions = new(
    [
        "say", "says", "said", "tell", "tells", "told", "urge", "urges", "urged", "warn", "warns", "warned", "call", "calls",
        "insist", "insists", "argue", "argues", "claim", "claims", "demand", "demands", "vow", "vows", "according",
        "ask", "asks", "believe", "believes", "suggests", "report", "reports", "official", "officials", "minister", "leader",
    ], StringComparer.Ordinal);

    /// <summary>
    /// "Enlightened Americans must now rise up", "It's time for a region-wide ceasefire": a title that prescribes, in its own
    /// voice, is a column's. Within quotes or attributed ("Gaza ceasefire must hold, UN says") it reports someone's words.
    /// </summary>
    private static bool Prescribes(string title)
    {
        var own = WithoutQuotations(title);
        if (own.Contains(" - ", StringComparison.Ordinal) || own.Contains(" \u2013 ", StringComparison.Ordinal))
        {
            return false;
        }

        var words = own.Split([' ', ',', ';', ':', '.', '!'], StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(0, words.Length).Any(i => Obliges(words, i)) && !words.Any(Attributions.Contains);
    }

    /// <summary>"should", "must", "ought", "it's time", "it is time" at <paramref name="i"/>.</summary>
    private static bool Obliges(string[] words, int i) =>
        words[i] is "should" or "shouldn't" or "must" or "mustn't" or "ought"
        || (words[i] is "it's" or "it" && (At(words, i + 1) == "time" || (At(words, i + 1) == "is" && At(words, i + 2) == "time")));

    private static string? At(string[] words, int i) => i < words.Length ? words[i] : null;

    /// <summary>"The Guardian view on …", "The Times view on …": a paper's editorial.</summary>
    private static bool IsHouseView(string[] words) =>
        words.Length >= 4 && words[0] == "the" && words[2] == "view" && words[3] == "on";

    /// <summary>The title without what it quotes: a quoted "must" is someone else's.</summary>
    private static string WithoutQuotations(string title)
    {
        var text = new System.Text.StringBuilder(title.Length);
        char? open = null;
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            if (open is null)
            {
                // An apostrophe inside a word ("it's", "Iran's") opens nothing.
                var opens = c is '"' or '\u201C' || ((c is '\'' or '\u2018') && (i == 0 || !char.IsLetter(title[i - 1])));
                if (opens)
                {
                    open = c;
                }
                else
                {
                    text.Append(c);
                }
            }
            else if (Closes(open.Value, c) && (i + 1 == title.Length || !char.IsLetter(title[i + 1])))
            {
                open = null;
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    private static bool Closes(char open, char c) => open switch
    {
        '"' => c == '"',
        '\u201C' => c == '\u201D',
        _ => c is '\'' or '\u2019',
    };

    private static ArticleKind? SectionOf(string? url) => Section(url)?.Kind;

    private static (string Name, ArticleKind Kind)? Section(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        // Sections sit before the article's own slug: the last segment is the headline ("...-live-at-the-scene"), never a section.
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length - 1; i++)
        {
            foreach (var section in Sections)
            {
                if (segments[i].Equals(section.Section, StringComparison.OrdinalIgnoreCase))
                {
                    return section;
                }
            }
        }

        return null;
    }
}
