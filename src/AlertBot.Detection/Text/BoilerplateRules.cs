using System.Buffers;
using System.Text.RegularExpressions;

namespace AlertBot.Detection.Text;

/// <summary>
/// General rules for text that is about the page rather than the news: link labels, credits, bylines,
/// calls to action (imperative verb + app/newsletter/social noun), notes about "this story/page", copyright
/// and consent notices. Inputs are normalised (ASCII quotes and dashes, single spaces).
/// </summary>
internal static partial class BoilerplateRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const int MaxCreditWords = 40;
    private const int MaxContributorWords = 30;

    // Unanchored rules scan the whole sentence; one vectorised keyword search lets ordinary news skip them.
    private static readonly SearchValues<string> CreditWords = Words(
        "getty", "afp", "reuters", "(ap", "/ap", "ap photo", "epa", "shutterstock", "alamy", "(pa", "anadolu", "sipa",
        "bloomberg", "dpa", "xinhua", "efe", "sana", "nurphoto", "zuma", "rex", "photo", "picture", "image", "illustration");

    // "\u00A9" is looked for separately: one non-ASCII needle would push the whole set off the vectorised path.
    private static readonly SearchValues<string> CopyrightWords = Words("(c)", "copyright", "rights reserved", "may not be", "unauthori");

    private static readonly SearchValues<string> ClickWords = Words("click", "tap ", "press ");

    private static readonly SearchValues<string> LiveUpdateWords = Words(
        "this story", "this article", "this page", "this report", "this post", "this blog", "this feed", "this live",
        "this coverage", "this piece", "this video", "this breaking", "this developing", "this news", "refresh",
        "check back", "more to follow", "more soon", "more details", "more information", "more updates", "developing",
        "breaking", "version of this", "we'll", "we will", "stay with us", "contributed", "this media", "this content",
        "this audio", "this embed", "appeared first", "originally");

    private static readonly SearchValues<string> ConsentWords = Words(
        "cookie", "privacy", "terms of", "terms and", "by continuing", "by using", "manage", "personalised",
        "personalized", "consent", "javascript", "blocker", "browser", "device");

    // The anchored rules run on every line or sentence; each can only match text opening with one of its first words (some
    // only with one of a few second words: "More on", not "More than"), or, for a dateline, capitals. A lookup of the opening
    // words lets ordinary news skip them, so the regexes seldom run at all.
    private static readonly OpeningWords CaptionStarts = new("image media video photo picture");

    private static readonly OpeningWords LabelStarts = new(
        "read see watch listen follow related more:on|from|about|stories|news|coverage also:read|see|watch recommended further:reading "
        + "you:may don dont explore:more trending most:read|popular|stories|viewed|watched|shared top:read|popular|stories|viewed|watched|shared "
        + "editor editors in:pictures|depth analysis explainer opinion fact factbox timeline correction clarification photo photos "
        + "photograph photographs picture pictures image images video videos graphic caption credit credits source");

    private static readonly OpeningWords ContributorStarts = new(
        "additional:reporting|writing|editing|contributing|translation|graphics with:reporting|writing|editing|contributing|translation|graphics "
        + "reporting writing editing contributing translation graphics");

    // "And", "So", "Now" … open a call to action only before one of its other openers ("And don't forget to subscribe").
    private static readonly OpeningWords CallToActionStarts = new(
        "you:can|could|may|should|might why:not don be:sure make:sure remember:to want:to to:click|tap|sign|log|subscribe|follow|download|get|install|share|join|register|visit|watch|listen|read|receive|check|enable|turn|bookmark|catch|explore|discover|find|head|go|like|donate|become|stay|keep|never|support "
        + "click tap sign:up|in log:in subscribe follow download get install share join register visit watch listen read receive "
        + "check:out enable turn:on bookmark catch:up explore discover find:out head:to|over go:to like:us donate become:a "
        + "stay:up|informed|tuned|updated|connected|in keep:up never:miss support:our|us|independent",
        "please so and also now then or");

    private static readonly OpeningWords ForMoreStarts = new("for:more|the|all|live|further|full");

    private static readonly OpeningWords LinkListStarts = new(
        "related more:on|from|stories|news|coverage|to|like most:read|popular|stories|viewed|watched|shared "
        + "top:read|popular|stories|viewed|watched|shared you:may recommended further:reading trending editor editors also:read read:more|next "
        + "see:also explore:more latest:news|stories|headlines around:the elsewhere:on in:other what:to");

    /// <summary>
    /// Rules that only make sense for a whole line (a paragraph as published). Sentence rules run per sentence
    /// afterwards, so a call to action never takes news sharing its line with it.
    /// </summary>
    public static BoilerplateKind ClassifyLine(string line)
    {
        if (CaptionStarts.Open(line) && CaptionLabel().IsMatch(line))
        {
            return BoilerplateKind.Credit;
        }

        var shortLine = LineShapes.CountWords(line) <= MaxCreditWords;
        if (shortLine && Has(line, CreditWords) && Credit().IsMatch(line))
        {
            return BoilerplateKind.Credit;
        }

        if (shortLine && MayBeCopyright(line) && Copyright().IsMatch(line))
        {
            return BoilerplateKind.Copyright;
        }

        if (LineShapes.IsByline(line) || LineShapes.IsStaffTitle(line))
        {
            return BoilerplateKind.Byline;
        }

        if (OpensInCapitals(line) && DatelineOnly().IsMatch(line))
        {
            return BoilerplateKind.Dateline;
        }

        if (LineShapes.IsTimestamp(line))
        {
            return BoilerplateKind.Timestamp;
        }

        return LineShapes.IsNavigation(line) ? BoilerplateKind.Navigation : BoilerplateKind.None;
    }

    public static BoilerplateKind ClassifySentence(string sentence)
    {
        if (LabelStarts.Open(sentence) && Label().IsMatch(sentence))
        {
            return BoilerplateKind.Label;
        }

        if (LineShapes.IsNavigation(sentence))
        {
            return BoilerplateKind.Navigation;
        }

        if (ContributorStarts.Open(sentence) && Contributors().IsMatch(sentence) && LineShapes.CountWords(sentence) <= MaxContributorWords)
        {
            return BoilerplateKind.Byline;
        }

        if ((Has(sentence, ClickWords) && ClickHere().IsMatch(sentence)) || (ForMoreStarts.Open(sentence) && ForMore().IsMatch(sentence))
            || (CallToActionStarts.Open(sentence) && CallToActionStart().IsMatch(sentence) && PromotedThing().IsMatch(sentence)))
        {
            return BoilerplateKind.CallToAction;
        }

        if (Has(sentence, LiveUpdateWords) && LiveUpdate().IsMatch(sentence))
        {
            return BoilerplateKind.LiveUpdate;
        }

        if (MayBeCopyright(sentence) && Copyright().IsMatch(sentence))
        {
            return BoilerplateKind.Copyright;
        }

        // Consent vocabulary is also news vocabulary ("the EU's cookie law"); only text addressing the reader is a notice.
        if (Has(sentence, ConsentWords) && ConsentTerm().IsMatch(sentence) && ReaderAddressed().IsMatch(sentence))
        {
            return BoilerplateKind.Consent;
        }

        return BoilerplateKind.None;
    }

    /// <summary>"Related stories", "Most read", "More from Example News:": a heading over links to other articles.</summary>
    public static bool IsLinkListHeading(string line) => LinkListStarts.Open(line) && LinkListHeading().IsMatch(line);

    /// <summary>Removes a wire-style dateline ("BEIRUT, Dec 8 (Reuters) - ") from the start of a paragraph.</summary>
    public static string StripDateline(string paragraph)
    {
        if (!paragraph.StartsWith('(') && !OpensInCapitals(paragraph))
        {
            return paragraph;
        }

        var match = DatelinePrefix().Match(paragraph);
        return match.Success ? paragraph[match.Length..] : paragraph;
    }

    /// <summary>The place of a dateline prefix in ordinary case ("DHAKA, Bangladesh — " gives "Dhaka, Bangladesh"), if it names one.</summary>
    public static string? DatelinePlace(string prefix)
    {
        var match = DatelineWords().Match(prefix);
        if (!match.Success)
        {
            return null;
        }

        var city = string.Join(' ', match.Groups["city"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length == 0 ? w : w[0] + w[1..].ToLowerInvariant()));
        var region = match.Groups["region"].Success ? ", " + match.Groups["region"].Value.Trim() : "";
        return city + region;
    }

    /// <summary>"BEIRUT", "O'HARE", "U.S.": a capital and two more capitals or name marks, as a dateline opens.</summary>
    private static bool OpensInCapitals(string text) =>
        text.Length >= 3 && char.IsAsciiLetterUpper(text[0]) && IsDatelineMark(text[1]) && IsDatelineMark(text[2]);

    private static bool IsDatelineMark(char c) => char.IsAsciiLetterUpper(c) || c is '\'' or '.' or '-';

    private static bool Has(string text, SearchValues<string> words) => text.AsSpan().ContainsAny(words);

    private static bool MayBeCopyright(string text) => text.Contains('\u00A9') || Has(text, CopyrightWords);

    private static SearchValues<string> Words(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("""
        ^(
          (
            (read|see|watch|listen|follow)(\s+(more|also|next|now|again|live|this|here))?
           |related(\s+(stories|articles|content|topics|links|coverage|reading|news|videos?|internet\s+links))?
           |more\s+(on\s+this(\s+story)?|from\s+[\w' ]{1,30}|about\s+this(\s+story)?|stories|news|coverage|on\s+\w+(\s+\w+)?)
           |also\s+(read|see|watch)
           |recommended(\s+(stories|reading|articles|videos?|for\s+you))?
           |further\s+reading|you\s+may\s+also\s+(like|enjoy|be\s+interested(\s+in)?)|don't\s+miss|dont\s+miss
           |explore\s+more|trending(\s+now)?|(most|top)\s+(read|popular|stories|viewed|watched|shared)
           |editor'?s?\s+(picks?|choice|note)|in\s+pictures|in\s+depth|analysis|explainer|opinion|fact\s?box|timeline
           |correction|clarification|photo(graph)?s?|pictures?|images?|videos?|graphic|caption|credits?|source
          )\s*[:|>\u2022]
         |read\s+more\b|(read|see|watch)\s+(also|next)\b|more\s+on\s+this\s+story\b
         |related\s+(topics|stories|articles|internet\s+links|content)\b
        )
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Label();

    [GeneratedRegex("""
        ^(
          related(\s+(stories|articles|content|topics|links|coverage|reading|news|videos?|internet\s+links))?
         |more\s+(on\s+this(\s+story)?|from\s+[\w'. ]{1,30}|stories|news|coverage|to\s+explore|like\s+this)
         |(most|top)\s+(read|popular|stories|viewed|watched|shared)|you\s+may\s+also\s+(like|enjoy|be\s+interested(\s+in)?)
         |recommended(\s+(stories|reading|articles|videos?|for\s+you))?|further\s+reading|trending(\s+now)?
         |editor'?s?\s+picks?|also\s+read|read\s+(more|next)|see\s+also|explore\s+more|latest\s+(news|stories|headlines)
         |around\s+the\s+\w+|elsewhere\s+on\s+[\w'. ]{1,30}|in\s+other\s+news|what\s+to\s+read\s+next
        )\s*[:.>]?$
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex LinkListHeading();

    [GeneratedRegex(@"^(image|media|video|photo|picture)\s+(caption|source|credit|copyright)\b", Options)]
    private static partial Regex CaptionLabel();

    /// <summary>A trailing agency credit "(AFP via Getty Images)", "Photo: X/Reuters", or a line that is only a credit.</summary>
    [GeneratedRegex("""
        [(\[]([^()\[\]]{0,80}?(/|,|\bvia\b|:)\s*)?(getty(\s+images)?|afp|reuters|ap(\s+photo)?|epa(-efe)?|shutterstock|alamy
          |pa(\s+(media|wire|images))?|anadolu(\s+agency)?|sipa(\s+usa)?|bloomberg|dpa|xinhua|efe|sana|nurphoto|zuma(\s+press)?
          |rex(/shutterstock)?)[)\]]\s*$
        |(^|[\s(])(photo(graph)?|picture|image|illustration|photo\s+credit)s?(\s+credit)?\s*:\s*\S.{0,100}$
        |\S\s*/\s*(getty\s+images|afp|reuters|ap(\s+photo)?|epa|shutterstock|alamy|bloomberg|anadolu|xinhua|sana)\s*[)\]]?\s*$
        |^\(?(getty\s+images|afp|reuters|ap\s+photo|epa|shutterstock|alamy)(\s*(via|/)\s*.{0,40})?\)?$
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Credit();

    [GeneratedRegex(@"^((additional\s+|with\s+)?(reporting|writing|editing|contributing|translation|graphics)(\s+by\b|\s*:)|reporting\s+from\s+\S+(\s+\S+){0,3}$)", Options)]
    private static partial Regex Contributors();

    /// <summary>A place name in capitals alone on a line; several words need a dateline mark so "PRESIDENT FLEES" survives.</summary>
    [GeneratedRegex("""
        ^(
          [A-Z][A-Z'.-]{2,}\s*[-:]?
         |[A-Z][A-Z'.-]{2,}(\s+[A-Z][A-Z'.-]+){0,2}(\s*,\s*[A-Z][\p{L}.]*(\s+[A-Z][\p{L}.]*){0,2}|\s*\([^()]{1,30}\)\s*-|\s+-)+\s*-?
        )$
        """, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex DatelineOnly();

    [GeneratedRegex("""
        ^(
          [A-Z][A-Z'.-]{2,}(\s+[A-Z][A-Z'.-]+){0,2}(\s*,\s*[A-Z][\p{L}.]*(\s+[A-Z][\p{L}.]*){0,2})?
          (\s*,?\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(\s*,?\s*\d{4})?)?
          (\s*\([A-Za-z][A-Za-z .&/-]{1,30}\))?
         |\((Reuters|AP|AFP|AFP\s+via\s+Getty\s+Images|Xinhua|dpa)\)
        )\s*--?\s+(?=["'A-Z0-9])
        """, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex DatelinePrefix();

    [GeneratedRegex(@"^(?<city>[A-Z][A-Z'.-]{2,}(\s+[A-Z][A-Z'.-]+){0,2})(\s*,\s*(?!(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(\s|$))(?<region>[A-Z][\p{L}.]*(\s+[A-Z][\p{L}.]*){0,2}))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DatelineWords();

    [GeneratedRegex(@"\b(click|tap|press)\s+(here|the\s+link|this\s+link|below|on\s+(the|this)\s+link)\b", Options)]
    private static partial Regex ClickHere();

    [GeneratedRegex("""
        ^((please|so|and|also|now|then|or)\s+)?
        ((you\s+(can|could|may|should|might)(\s+(also|now|always|even|easily|still|too))?|why\s+not|don't\s+forget\s+to
          |be\s+sure\s+to|make\s+sure\s+(to|you)|remember\s+to|want\s+to|to)\s+)?
        (click|tap|sign\s+(up|in)|log\s+in|subscribe|follow(?![-'])|download\s+(the|our|it|now|for|\w+'s)
         |get\s+(the|our|it|your|breaking|all|more|free|news|alerts|updates|a\s+daily|a\s+weekly|in\s+touch)|install
         |share\s+(this|it|on|with|your|our|the\s+(story|article|link|video|post))|join|register|visit
         |watch\s+(the|our|it|this|live|now|more|video|again|on|us)|listen\s+(to|now|live|again|on)
         |read\s+(more|the|our|about|this|it|full)|receive|check\s+out|enable|turn\s+on|bookmark|catch\s+up|explore
         |discover|find\s+out\s+more|head\s+(to|over)|go\s+to|like\s+us|donate|become\s+a
         |stay\s+(up\s+to\s+date|informed|tuned|updated|connected|in\s+touch)|keep\s+up|never\s+miss|support\s+(our|us|independent))\b
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex CallToActionStart();

    [GeneratedRegex("""
        \b(newsletters?|apps?|e-?mail\s+(alerts?|updates|briefing)|alerts?|notifications?|podcasts?|youtube|facebook|twitter
          |instagram|tiktok|telegram|whatsapp|linkedin|bluesky|snapchat|threads|inbox|rss|here|link|below|subscribers?
          |subscription|membership|premium|latest\s+(news|updates|headlines|stories|coverage)|breaking\s+news|on\s+x
          |(our|this)\s+(site|website|channel|feed|page|story|article|coverage|live|journalism|reporting|podcast|team|app
          |newsletter|blog|video|show|work|programme))\b
        |@\w{2,}
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex PromotedThing();

    [GeneratedRegex("""
        ^for\s+(more|the\s+latest|all\s+the\s+latest|live|further|full)\s+(on|news|updates?|coverage|information|details|stories|analysis|reaction|results|reports?)\b
        .*\b(visit|see|go\s+to|follow|click|read|here|our|app|website|page|newsletter|coverage)\b
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ForMore();

    [GeneratedRegex("""
        \bthis\s+((breaking\s+news|breaking|developing|live|news)\s+)?(story|article|page|report|post|blog|feed|live\s+page|coverage|piece|video)\s+
          (is\s+being\s+updated|will\s+be\s+updated|has\s+been\s+updated|was\s+updated|may\s+be\s+updated|is\s+(being\s+)?developing
          |is\s+a\s+developing|(was|has\s+been)\s+(amended|corrected|changed|edited|revised|updated)
          |(was\s+)?(originally|first)\s+(published|appeared|posted|ran)|contains\s+(affiliate|sponsored|content|material|links)
          |includes\s+(reporting|material|content)|was\s+(produced|written|edited|compiled|created|reported)\s+(by|with|using|in)
          |is\s+more\s+than\s+\d+\s+\w+\s+old|is\s+no\s+longer\s+being\s+updated|updates\s+(automatically|regularly)
          |will\s+(continue|update|refresh))
        |\brefresh(ing)?\s+(the|this|your)\s+(page|browser|app)\b
        |\bcheck\s+back\s+(later|soon|shortly|for|regularly)\b
        |\bmore\s+(to\s+follow|soon)\s*[.!]?$
        |^more\s+(details|information|updates)\s+(soon|to\s+follow|to\s+come|will\s+(be\s+)?(follow|published|added|available|released|posted|come)(\s+\w+){0,2}\s+(shortly|soon|later))
        |^(this\s+is\s+an?\s+)?(developing|breaking)(\s+news)?\s+story\b
        |\b(an?|the)\s+(earlier|previous|original)\s+version\s+of\s+this\s+(story|article|report|post)\b
        |\bwe('ll|\s+will)\s+(bring\s+you|update|have)\s+(more|you|this|further|the\s+latest)\b
        |\bstay\s+with\s+us\b
        |\bthis\s+(page|feed|blog|story|live\s+page)\s+(will\s+)?(automatically\s+)?(updates?|refresh(es)?)\s+(automatically|every|regularly)\b
        |\bthis\s+(video|content|media|embed|audio)\s+(can\s*not|cannot|can't|is\s+not|isn't|is\s+no\s+longer|may\s+not|is\s+unavailable)(\s+be)?(\s+(played|available|displayed|supported|shown|viewed))?\b
        |\bcontributed(\s+additional)?\s+reporting\s*\.?$
        |^the\s+post\s+.{1,300}?\s+appeared\s+first\s+on\b|^originally\s+(published|posted|appeared)\s+(on|at|in)\b
        |\bcontributed(\s+reporting)?\s+to\s+this\s+(report|story|article)\b
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex LiveUpdate();

    [GeneratedRegex("""
        \u00A9|\(c\)\s*\d{4}|^\(c\)\s|\bcopyright\s+(\u00A9|\(c\)|\d{4})|\ball\s+rights\s+reserved\b
        |\bmay\s+not\s+be\s+(re)?published,\s+(broadcast|rewritten)|\bunauthori[sz]ed\s+(reproduction|copying)\b
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Copyright();

    [GeneratedRegex("""
        \bcookies?\b|\bprivacy\s+(policy|notice|settings|statement)\b|\bterms\s+(of\s+(use|service)|and\s+conditions)\b
        |\bby\s+(continuing|using)\s+(to\s+(use|browse)\s+)?(this|our)\s+(site|website|service)\b
        |\bmanage\s+(your\s+)?(consent|cookie|privacy|preferences)\b|\bpersonali[sz]ed\s+(ads|advertising|content)\b
        |\bconsent\s+(to|preferences|settings)\b|\b(enable|turn\s+on)\s+javascript\b|\bjavascript\s+(is\s+)?(disabled|required|turned\s+off)\b
        |\b(disable|turn\s+off|pause)\s+(your\s+)?ad\s*-?blockers?\b|\byour\s+(browser|device)\s+(does\s+not|doesn't|is\s+not|isn't|is\s+out|cannot|can\s+not|can't)|\b(update|upgrade)\s+your\s+browser\b
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ConsentTerm();

    [GeneratedRegex(@"\b(we|we're|our|us|you|your|you're|this\s+(site|website))\b", Options)]
    private static partial Regex ReaderAddressed();
}
