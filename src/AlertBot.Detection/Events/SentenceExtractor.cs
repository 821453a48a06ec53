using AlertBot.Detection.Places;

namespace AlertBot.Detection.Events;

/// <summary>Finds the events one sentence reports: at most one per clause, with its actor, places, cues and attribution.</summary>
public static class SentenceExtractor
{
    /// <param name="publishedMonth">1-12, or 0 when unknown.</param>
    public static List<EventCandidate> Extract(string sentence, int index, IReadOnlyList<PlaceMention> mentions, int publishedYear, int publishedMonth = 0)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        var found = new List<EventCandidate>(2);
        if (sentence.EndsWith('?'))
        {
            // A question reports nothing.
            return found;
        }

        var tokens = Tokenizer.Tokenize(sentence);
        foreach (var clause in ClauseSplitter.Split(tokens))
        {
            if (Best(tokens, clause) is not { } match)
            {
                continue;
            }

            var cues = ClauseCues.Read(tokens, clause, match.Start, publishedYear, publishedMonth);
            if (cues.Negated || (InFirstPerson(tokens, clause) && Attribution.Find(sentence, tokens, match.Start, clause.Start) is null))
            {
                // "They killed my little brother for no reason": a reporter does not write "I", "my" or "we"; unattributed, it
                // is a quotation whose marks the paragraph break or the source dropped, and says what someone feels happened.
                continue;
            }

            found.Add(Build(sentence, tokens, clause, match, cues, index, mentions));
        }

        return found;
    }

    private static EventCandidate Build(
        string sentence, Token[] tokens, Clause clause, TriggerMatch match, ClauseCues cues, int index, IReadOnlyList<PlaceMention> mentions)
    {
        var action = match.Trigger.Action;
        var content = EventAction.Other;
        var tense = cues.Tense;
        var reporter = LastReportingVerb(tokens, clause.Start, match.Start);
        if (tense == EventTense.Prospective && reporter >= 0 && action != EventAction.Declared)
        {
            // "X declared that the government is willing to hand over power": the declaration is the news.
            content = action;
            action = EventAction.Declared;
            tense = EventTense.Current;
        }

        var (actor, pronoun, subjectStart) = Actor(tokens, clause, match.Start, reporter);
        if (action == EventAction.TookControl && CapturesAPerson(tokens, clause, match, actor))
        {
            // "Texas prisoner captured after week on the run", "Police captured the gunman": an arrest, not a town taken.
            action = EventAction.Arrested;
        }

        if (action == EventAction.Attack && WordSets.StrikeVerbs.Contains(tokens[match.Start].Lower) && actor is { } by && NatureStruck(tokens, by))
        {
            // "The storm struck Florida", "Lightning struck the town", "Storm hits tourist sites": nature's blow is a calamity, not an attack.
            action = EventAction.Disaster;
        }

        var triggerToken = match.Start;
        if (content != EventAction.Other)
        {
            // The declarer is the actor and the declaring verb the event word.
            actor = NounPhrase.Subject(tokens, clause.Start, reporter) ?? actor;
            pronoun = actor is { } a && IsPronoun(tokens, a);
            subjectStart = -1;
            triggerToken = reporter;
        }

        var relative = tokens[clause.Start].Lower is "who" or "which" or "whom" or "whose" && clause.Start > 0;
        if (relative && (actor is null || pronoun))
        {
            // "…the man who killed four people": the relative pronoun stands for the noun before it.
            actor = NounPhrase.Subject(tokens, 0, clause.Start) ?? actor;
            pronoun = actor is { } r && IsPronoun(tokens, r);
        }

        // A relative clause alone does not say who: its evidence starts with the sentence.
        var clauseStart = relative ? 0 : tokens[clause.Start].Start;
        var clauseEnd = tokens[clause.End - 1].End;
        var places = mentions.Where(m => m.Start >= clauseStart && m.Start < clauseEnd).Select(m => m.Place).DistinctBy(p => p.GeonameId).ToList();
        return new EventCandidate(
            action,
            match.Trigger.Weight,
            tense,
            cues.Hedged,
            actor is null ? null : sentence[tokens[actor.Value.Start].Start..tokens[actor.Value.End - 1].End],
            pronoun,
            Attribution.Find(sentence, tokens, match.Start, clause.Start),
            places,
            places.Count > 0,
            sentence[clauseStart..clauseEnd],
            tokens[triggerToken].Start - clauseStart,
            subjectStart < 0 ? -1 : tokens[subjectStart].Start - clauseStart,
            content,
            index,
            Magnitude(tokens, clause));
    }

    private static TriggerMatch? Best(Token[] tokens, Clause clause)
    {
        TriggerMatch? best = null;
        TriggerMatch? declared = null;
        for (var i = clause.Start; i < clause.End; i++)
        {
            if (tokens[i].InQuote || (FiresMunitions(tokens, clause, i) ?? TriggerLexicon.Match(tokens, i) ?? LaunchesAnAssault(tokens, clause, i) ?? TakesLives(tokens, clause, i)) is not { } m)
            {
                continue;
            }

            if (NamesWhatFollowed(tokens, clause, m) || RefersBack(tokens, clause, m) || IsModifier(tokens, clause, m) || DescribesPeople(tokens, m)
                || MovesAMarket(tokens, clause, m) || IsFigurative(tokens, clause, m) || ReleasesAThing(tokens, clause, m)
                || LeavesTheScene(tokens, clause, m) || NamesAWork(tokens, m) || LooksBackAt(tokens, clause, m) || NamesAStorm(tokens, clause, m)
                || IsAWalkout(tokens, m) || BreachesATruce(tokens, clause, m) || SlumpsToDefeat(tokens, clause, m) || EndsAPrivateMatter(tokens, clause, m)
                || ControlsAFirm(tokens, clause, m))
            {
                // "Gurkhas to help tsunami victims", "Tsunami debt deal to be announced": the event is the story's
                // background; what the clause reports is the help, the deal ("Quake hits European shares": the market's
                // move). "Helping an injured baby": an adjective says who, and nothing here says what happened.
                continue;
            }

            if (m.Trigger.Action == EventAction.Reacted)
            {
                // "World reacts to Iran's drone raids", "Starmer joins world leaders in congratulating Trump on victory": what
                // follows a reaction is what it responds to; after the clause's own event ("Strike kills 20, drawing
                // condemnation") the reaction is its aftermath.
                if (best is null)
                {
                    return m;
                }

                i = m.End - 1;
                continue;
            }

            if (m.Trigger.Action == EventAction.Won && WinsAContest(tokens, clause, m))
            {
                m = m with { Trigger = ElectionWin };
            }

            if (m.Trigger.Action == EventAction.Declared)
            {
                declared ??= m;
            }
            else if (best is null || Outranks(m, best.Value))
            {
                best = m;
            }

            i = m.End - 1;
        }

        // A reporting verb is only the news when nothing else happened in the clause.
        return best ?? declared;
    }

    private static readonly Trigger LaunchedAssault = new(EventAction.Attack, 1.0, ["launches"], null, null);

    /// <summary>
    /// "Iran launches massive drone and missile attack against Israel", "Russia launched a new offensive": launching, with an
    /// armed assault a few words on, is the attack itself; the words between would otherwise hide it. "Launches website" and
    /// "launches attack on the budget" are nothing new.
    /// </summary>
    private static TriggerMatch? LaunchesAnAssault(Token[] tokens, Clause clause, int at)
    {
        if (!WordSets.LaunchVerbs.Contains(tokens[at].Lower))
        {
            return null;
        }

        var armed = false;
        for (var i = at + 1; i < clause.End && i <= at + 5; i++)
        {
            var word = tokens[i].Lower;
            if ((WordSets.Assaults.Contains(word) && !WordSets.Campaigns.Contains(tokens[i - 1].Lower))
                || (armed && WordSets.ArmedAssaults.Contains(word)))
            {
                return new TriggerMatch(LaunchedAssault, at, i + 1);
            }

            armed |= WordSets.Weapons.Contains(word);
        }

        return null;
    }

    /// <summary>
    /// "Hezbollah fires 200 rockets at northern Israel", "Russia launched more than 100 drones overnight": munitions fired in
    /// number are an attack, with a count or a word or two between the verb and them ("fires 200 workers" is no attack); so are
    /// strikes on military targets.
    /// </summary>
    private static TriggerMatch? FiresMunitions(Token[] tokens, Clause clause, int at)
    {
        // Or strikes on military targets: "US strikes three Iranian nuclear sites", "Israel hits Hezbollah positions".
        var aims = WordSets.FireVerbs.Contains(tokens[at].Lower) ? WordSets.Projectiles
            : WordSets.StrikeVerbs.Contains(tokens[at].Lower) ? WordSets.MilitaryTargets
            : null;
        if (aims is null)
        {
            return null;
        }

        for (var i = at + 1; i < clause.End && i <= at + 4; i++)
        {
            if (aims.Contains(tokens[i].Lower))
            {
                return new TriggerMatch(LaunchedAssault, at, i + 1);
            }

            // "fires 'dozens of rockets'": a quote mark around the count is no break.
            if (!tokens[i].IsWord && tokens[i].Text is "'" or "\"" or "\u2018" or "\u2019" or "\u201C" or "\u201D")
            {
                continue;
            }

            if (!tokens[i].IsWord || WordSets.Subordinators.Contains(tokens[i].Lower))
            {
                return null;
            }
        }

        return null;
    }

    private static readonly Trigger TookLives = new(EventAction.Killed, 1.0, ["lives"], null, null);

    /// <summary>
    /// "Heatwave claims 100 lives in India", "Floods cost at least 50 lives": a toll, told with a count between the verb and
    /// "lives" ("cost lives" alone, "took his own life" and "claims victory" are none).
    /// </summary>
    private static TriggerMatch? TakesLives(Token[] tokens, Clause clause, int at)
    {
        if (!WordSets.TollVerbs.Contains(tokens[at].Lower))
        {
            return null;
        }

        var counted = false;
        for (var i = at + 1; i < clause.End && i <= at + 5; i++)
        {
            var word = tokens[i].Lower;
            if (word == "lives")
            {
                return counted ? new TriggerMatch(TookLives, at, i + 1) : null;
            }

            if ((word.Length > 0 && char.IsAsciiDigit(word[0]) && word.All(c => char.IsAsciiDigit(c) || c == ',')) || WordSets.TollCounts.Contains(word))
            {
                counted = true;
            }
            else if (!WordSets.TollFillers.Contains(word))
            {
                return null;
            }
        }

        return null;
    }

    private static readonly Trigger ElectionWin = new(EventAction.Election, 1.0, ["wins"], null, null);

    /// <summary>
    /// "Labour wins UK election by a landslide", "Erdogan wins Turkey's presidential runoff": a win whose object, a few words on,
    /// is an election or a vote. Sport's wins stay wins ("Chelsea win the league").
    /// </summary>
    private static bool WinsAContest(Token[] tokens, Clause clause, TriggerMatch m)
    {
        for (var i = m.End; i < clause.End && i < m.End + 4; i++)
        {
            if (WordSets.Contests.Contains(tokens[i].Lower)
                || (tokens[i].Lower is "vote" or "votes" && WordSets.PowerVotes.Contains(tokens[i - 1].Lower)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CapturesAPerson(Token[] tokens, Clause clause, TriggerMatch match, (int Start, int End)? actor)
    {
        if (match.End - match.Start != 1 || tokens[match.Start].Lower is not ("captured" or "seized" or "caught"))
        {
            return false;
        }

        // Who was captured: the word after the verb ("captured the gunman"), or, with none, its subject ("prisoner captured").
        var next = match.End;
        while (next < clause.End && (WordSets.Determiners.Contains(tokens[next].Lower) || !tokens[next].IsWord))
        {
            next++;
        }

        if (next < clause.End && next > match.End && Captives.Contains(tokens[next].Lower))
        {
            return true;
        }

        return actor is { } a && next == match.End && Captives.Contains(tokens[a.End - 1].Lower);
    }

    private static readonly HashSet<string> Captives = new(
        ["prisoner", "prisoners", "inmate", "inmates", "fugitive", "fugitives", "escapee", "escapees", "suspect", "suspects", "gunman",
         "gunmen", "killer", "murderer", "convict", "attacker", "shooter", "bomber", "man", "woman", "teenager", "teen", "boy", "girl"],
        StringComparer.Ordinal);

    private static bool Outranks(TriggerMatch m, TriggerMatch best) =>
        m.Trigger.Weight > best.Trigger.Weight
        || (m.Trigger.Weight == best.Trigger.Weight && Scoring.SignificanceScorer.Base(m.Trigger.Action) > Scoring.SignificanceScorer.Base(best.Trigger.Action));

    /// <summary>
    /// A one-word past participle that opens a noun phrase ("Fired accountant", "the ousted president", "two jailed
    /// reporters"): an adjective, not the clause's verb.
    /// </summary>
    private static bool IsModifier(Token[] tokens, Clause clause, TriggerMatch m)
    {
        if (m.End - m.Start != 1 || !tokens[m.Start].Lower.EndsWith("ed", StringComparison.Ordinal) || m.End >= clause.End)
        {
            return false;
        }

        var opensPhrase = m.Start == clause.Start || Articles.Contains(tokens[m.Start - 1].Lower)
            || tokens[m.Start - 1].Lower.All(char.IsAsciiDigit) || !tokens[m.Start - 1].IsWord;
        var next = tokens[m.End];
        return opensPhrase && next.IsWord && !NotNouns.Contains(next.Lower) && !WordSets.TimeWords.Contains(next.Lower)
            && !WordSets.Determiners.Contains(next.Lower) && !next.Lower.All(char.IsAsciiDigit);
    }

    /// <summary>
    /// "People fleeing the scene", "Most fleeing to Europe are not refugees": a participle after the people it describes says
    /// who they are, not that anyone fled. "Hasina resigned, fleeing to India" and "the president is fleeing" are the event.
    /// </summary>
    private static bool DescribesPeople(Token[] tokens, TriggerMatch m) =>
        m.End - m.Start == 1 && m.Start > 0 && tokens[m.Start].Lower.EndsWith("ing", StringComparison.Ordinal)
        && m.Trigger.Action == EventAction.Fled && WordSets.Crowds.Contains(tokens[m.Start - 1].Lower);

    /// <summary>A one-word event noun that qualifies a noun naming what came after it ("tsunami aid", "bombing anniversary").</summary>
    private static bool NamesWhatFollowed(Token[] tokens, Clause clause, TriggerMatch m) =>
        m.End - m.Start == 1 && m.End < clause.End && tokens[m.End].IsWord && WordSets.Aftermath.Contains(tokens[m.End].Lower)
        && !tokens[m.Start].Lower.EndsWith("ed", StringComparison.Ordinal) && !TransitiveVerbs.Contains(tokens[m.Start].Lower);

    /// <summary>
    /// An event's noun as the subject of an effect on a market ("Asian quake hits European shares", "Tsunami slows Sri Lanka's
    /// growth"): the clause reports the market, a business story about an event told elsewhere.
    /// </summary>
    private static bool MovesAMarket(Token[] tokens, Clause clause, TriggerMatch m)
    {
        if (m.End - m.Start != 1 || m.Trigger.Action is not (EventAction.Disaster or EventAction.Attack or EventAction.Killed or EventAction.Accident))
        {
            return false;
        }

        // "Tsunami 'to hit Sri Lanka banks'": a quote mark, "to" or a modal may stand between the noun and its verb.
        var verb = m.End;
        while (verb < clause.End && verb - m.End < 3 && (!tokens[verb].IsWord || tokens[verb].Lower is "to" or "will" or "could" or "may" or "might" or "would"))
        {
            verb++;
        }

        if (verb >= clause.End)
        {
            return false;
        }

        // "Tsunami to cost Sri Lanka $1.3bn": what an event costs in money is its economics ("Floods cost 50 lives" is a toll).
        var costs = tokens[verb].Lower is "cost" or "costs";
        if (!costs && !WordSets.EffectVerbs.Contains(tokens[verb].Lower))
        {
            return false;
        }

        for (var i = verb + 1; i < clause.End && i <= verb + 5; i++)
        {
            if (costs ? IsMoney(tokens[i].Lower) : WordSets.Markets.Contains(tokens[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"$1.3bn", "£5m", "2 billion": an amount of money.</summary>
    private static bool IsMoney(string word) =>
        word.Length > 0 && (word[0] is '$' or '£' or '€' or '¥' || word is "billion" or "million" or "trillion" or "bn" or "m"
            || (char.IsAsciiDigit(word[0]) && (word.EndsWith("bn", StringComparison.Ordinal) || word.EndsWith('m'))));

    /// <summary>
    /// "Halo 2 heralds traffic explosion": growth of a quantity, not a blast; "De Niro completes box office coup": a feat,
    /// not an overthrow.
    /// </summary>
    private static bool IsFigurative(Token[] tokens, Clause clause, TriggerMatch m)
    {
        if (m.End - m.Start != 1 || m.Start == clause.Start)
        {
            return false;
        }

        var before = tokens[m.Start - 1].Lower;
        return tokens[m.Start].Lower switch
        {
            "explosion" or "explosions" => WordSets.Quantities.Contains(before),
            "coup" => WordSets.Feats.Contains(before),
            "erupted" => UnrestErupted(tokens, clause, m.Start),
            // "Netflix hit show killed off after two seasons": ended, not a death.
            "killed" or "kills" or "kill" or "killing" => m.End < clause.End && tokens[m.End].Is("off"),
            // "Police executed an arrest warrant", "executed the plan": a thing carried out, not a person put to death.
            "executed" => AnyOf(tokens, m.End, Math.Min(clause.End, m.End + 4), WordSets.ThingsCarriedOut),
            _ => false,
        };
    }

    /// <summary>"Riots have erupted", "violence erupted": what erupts there is unrest, not a volcano.</summary>
    private static bool UnrestErupted(Token[] tokens, Clause clause, int verb) =>
        AnyOf(tokens, Math.Max(clause.Start, verb - 3), verb, WordSets.Unrest);

    /// <summary>
    /// "Countries hit by the tsunami", "victims of the Asian tsunami": a disaster or attack already known, named as the cause
    /// or owner of something else. A fresh report says it happened ("An earthquake struck", "hit by a powerful earthquake").
    /// </summary>
    private static bool RefersBack(Token[] tokens, Clause clause, TriggerMatch m)
    {
        if (m.End - m.Start != 1 || m.Trigger.Action is not (EventAction.Disaster or EventAction.Attack))
        {
            return false;
        }

        var i = m.Start - 1;
        while (i > clause.Start && m.Start - i <= 3 && (tokens[i].IsCapitalized || tokens[i].Lower.All(char.IsAsciiDigit)) && !tokens[i].Is("the"))
        {
            i--;
        }

        return i > clause.Start && tokens[i].Is("the") && tokens[i - 1].Lower is "by" or "of" or "from" or "in" or "during" or "since" or "after" or "following";
    }

    /// <summary>
    /// "Investigators probe cause of Jeju Air crash", "Families of Air India crash victims", "inquiry into the bombing": an event's
    /// noun after "of" or "into" and a word of looking back is what the clause is about, an event reported before.
    /// </summary>
    private static bool LooksBackAt(Token[] tokens, Clause clause, TriggerMatch m)
    {
        if (m.End - m.Start != 1 || m.Trigger.Action is not (EventAction.Disaster or EventAction.Attack or EventAction.Accident or EventAction.Killed)
            || tokens[m.Start].Lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        // Back over the event's modifiers ("the", "Jeju Air", "deadly", "plane") to the preposition.
        for (var i = m.Start - 1; i > clause.Start && m.Start - i <= 4 && tokens[i].IsWord; i--)
        {
            if (tokens[i].Lower is "of" or "into")
            {
                return WordSets.Retrospects.Contains(tokens[i - 1].Lower);
            }
        }

        return false;
    }

    /// <summary>"Storm Boris: floods kill 15", "as Storm Ciaran hit": a named storm, not a place stormed ("Protesters Storm Parliament").</summary>
    private static bool NamesAStorm(Token[] tokens, Clause clause, TriggerMatch m) =>
        m.Trigger.Action == EventAction.TookControl && tokens[m.Start].Text is "Storm" or "Storms" && m.Start + 1 < clause.End
        && tokens[m.Start + 1].IsCapitalized
        && (m.Start == clause.Start || !tokens[m.Start - 1].IsWord || tokens[m.Start - 1].Lower is "as" or "after" or "before" or "by" or "from"
            or "the" or "of" or "in" or "amid" or "when" or "and" or "ahead" or "since" or "during");

    /// <summary>
    /// "Israeli jets strike southern Lebanon in breach of ceasefire", "despite the truce": the agreement is what the event
    /// breaks, not news of its own.
    /// </summary>
    private static bool BreachesATruce(Token[] tokens, Clause clause, TriggerMatch m) =>
        m.Trigger.Action == EventAction.Agreement && AnyOf(tokens, Math.Max(clause.Start, m.Start - 3), m.Start, WordSets.Breaches);

    /// <summary>"Safin slumps to shock Dubai loss", "Leeds plunge to defeat": a side's or a player's result, not a market's.</summary>
    private static bool SlumpsToDefeat(Token[] tokens, Clause clause, TriggerMatch m) =>
        m.Trigger.Action == EventAction.MarketMove
        && AnyOf(tokens, m.End, Math.Min(clause.End, m.End + 5), WordSets.Defeats);

    /// <summary>"Rail strikes hit commuters", "Nurses' strike hits hospitals": a walkout, not an air strike.</summary>
    private static bool IsAWalkout(Token[] tokens, TriggerMatch m)
    {
        if (m.Trigger.Action != EventAction.Attack || !tokens[m.Start].Lower.StartsWith("strike", StringComparison.Ordinal))
        {
            return false;
        }

        var before = m.Start - 1;
        while (before >= 0 && !tokens[before].IsWord)
        {
            before--;
        }

        return before >= 0 && WordSets.Strikers.Contains(tokens[before].Lower);
    }

    /// <summary>Triggers that are verbs taking a person as object: "Police shoots suspect" is the shooting.</summary>
    private static readonly HashSet<string> TransitiveVerbs = new(
        ["kills", "shoots", "stabs", "attacks", "frees", "captures", "seizes", "storms", "bombs", "raids", "shells", "releasing", "freeing"],
        StringComparer.Ordinal);

    /// <summary>What may stand before a noun phrase's adjective; not "that", which also opens a clause ("that killed troops").</summary>
    private static readonly HashSet<string> Articles = new(["the", "a", "an", "his", "her", "their", "its", "our", "two", "three", "several", "many"], StringComparer.Ordinal);

    /// <summary>Words that follow a verb, not a noun's adjective: prepositions, particles, "dead", conjunctions.</summary>
    private static readonly HashSet<string> NotNouns = new(
        ["in", "at", "by", "from", "for", "to", "on", "over", "with", "as", "after", "before", "into", "of", "off", "out", "up", "down",
         "dead", "and", "or", "but", "while", "amid", "near", "during", "since", "until", "is", "are", "was", "were", "has", "have",
         "had", "will", "would", "says", "said", "again", "back", "away", "him", "her", "them", "it", "us", "me"],
        StringComparer.Ordinal);

    private static int LastReportingVerb(Token[] tokens, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (!tokens[i].InQuote && WordSets.Reporting.Contains(tokens[i].Lower) && !tokens[i].Is("according"))
            {
                return i;
            }
        }

        return -1;
    }

    private static ((int Start, int End)? Span, bool Pronoun, int SubjectStart) Actor(Token[] tokens, Clause clause, int trigger, int reporter)
    {
        var start = clause.Start;
        if (start < trigger && (WordSets.Subordinators.Contains(tokens[start].Lower) || tokens[start].Is("and") || tokens[start].Is("as")))
        {
            // "after Islamist rebels reclaimed…": the joining word is not part of the subject.
            start++;
        }

        var from = reporter >= 0 ? reporter + 1 : start;
        for (var i = trigger - 1; i >= from; i--)
        {
            if (tokens[i].Is("that") && !tokens[i].InQuote)
            {
                // "…notified officers that the president's rule has ended": the event's subject follows "that".
                from = i + 1;
                break;
            }
        }

        var eventSubject = NounPhrase.Subject(tokens, from, trigger);
        var reporterSubject = reporter >= 0 ? NounPhrase.Subject(tokens, start, reporter) : null;
        if (eventSubject is { } e && IsPronoun(tokens, e))
        {
            // "Rebels say they have captured…": the pronoun is the reporter.
            return reporterSubject is { } r && !IsPronoun(tokens, r) ? (r, false, -1) : (e, true, -1);
        }

        var span = eventSubject ?? reporterSubject;
        var subjectStart = eventSubject is { } own && reporter >= 0 ? own.Start : -1;
        return (span, span is { } s && IsPronoun(tokens, s), subjectStart);
    }

    private static bool IsPronoun(Token[] tokens, (int Start, int End) span) =>
        span.End - span.Start == 1 && WordSets.Pronouns.Contains(tokens[span.Start].Lower);

    private static int Magnitude(Token[] tokens, Clause clause)
    {
        var max = 0;
        for (var i = clause.Start; i < clause.End; i++)
        {
            var w = tokens[i].Lower;
            var n = w switch
            {
                // Counts in words as outlets write them ("kills six", "three dead"); larger ones come as digits.
                "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
                "eleven" => 11, "twelve" => 12, "dozen" => 12, "fifteen" => 15, "twenty" => 20, "thirty" => 30, "forty" => 40, "fifty" => 50,
                "dozens" => 24,
                "scores" => 40,
                "hundreds" => 200,
                "thousands" => 2000,
                _ => int.TryParse(w.Replace(",", "", StringComparison.Ordinal), out var v) && !(v is >= 1900 and <= 2100) ? v : 0,
            };
            if (n > max && IsCount(tokens, clause, i))
            {
                max = n;
            }
        }

        return max;
    }

    /// <summary>
    /// A number that counts something rather than measuring it: not an age ("killed in a crash aged 38", "Jose Orozco, 27,",
    /// "a 35 - year - old"), a length of time, a distance, a share or a sum ("jailed for ten years", "fell 20%", "$30").
    /// </summary>
    private static bool IsCount(Token[] tokens, Clause clause, int i)
    {
        var before = i > clause.Start ? tokens[i - 1].Lower : "";
        if (WordSets.MeasureLeads.Contains(before))
        {
            return false;
        }

        var after = i + 1 < clause.End ? i + 1 : -1;
        if (after >= 0 && tokens[after].Is("-") && after + 1 < clause.End)
        {
            after++;
        }

        if (after >= 0 && WordSets.MeasureUnits.Contains(tokens[after].Lower))
        {
            return false;
        }

        // An age set off after a name: "Orozco, 27, was arrested", "John Smith (38)".
        var closes = after < 0 || tokens[after].Lower is "," or ")" or ".";
        var named = i - 2 >= clause.Start && tokens[i - 2].IsCapitalized && tokens[i - 2].IsWord;
        return !(closes && named && before is "," or "(" && int.TryParse(tokens[i].Lower, out var age) && age < 120);
    }

    private static bool InFirstPerson(Token[] tokens, Clause clause)
    {
        for (var i = clause.Start; i < clause.End; i++)
        {
            // Not "us" or "our": "US" is a country, and "our correspondent" is an outlet's own voice; not "mine": a "gold mine collapse".
            if (tokens[i].InQuote || tokens[i].Lower is not ("i" or "me" or "my" or "we"))
            {
                continue;
            }

            // "World War I", "Elizabeth I": a numeral after a name.
            var numeral = tokens[i].Lower == "i" && (tokens[i].Text != "I" || (i > clause.Start + 1 && tokens[i - 1].IsCapitalized));
            if (!numeral)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Glazer to take control of the club", "seized control of the company's board": control of a firm, a club or a stake is
    /// a deal, not territory taken.
    /// </summary>
    private static bool ControlsAFirm(Token[] tokens, Clause clause, TriggerMatch match)
    {
        if (match.Trigger.Action != EventAction.TookControl || !tokens[match.End - 1].Is("control"))
        {
            return false;
        }

        var next = match.End;
        if (next >= clause.End || !tokens[next].Is("of"))
        {
            return false;
        }

        // Past the determiners and the owner ("of the club", "of the company's board", "of Manchester United's board").
        for (var i = next + 1; i < clause.End && i <= next + 5; i++)
        {
            if (WordSets.Firms.Contains(tokens[i].Lower))
            {
                return true;
            }

            if (!tokens[i].IsWord && !tokens[i].Is("'"))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// "An autopsy was released", "police released the video", "the names of the hostages were released": what is released is
    /// a document or a recording, not a captive.
    /// </summary>
    private static bool ReleasesAThing(Token[] tokens, Clause clause, TriggerMatch match)
    {
        if (match.Trigger.Action != EventAction.Freed || !tokens[match.End - 1].Lower.StartsWith("releas", StringComparison.Ordinal))
        {
            return false;
        }

        var next = match.End;
        var seen = 0;
        while (next < clause.End && seen < 3 && !WordSets.ReleasedThings.Contains(tokens[next].Lower)
            && (WordSets.Determiners.Contains(tokens[next].Lower) || !tokens[next].IsWord || !tokens[next].IsCapitalized))
        {
            seen += tokens[next].IsWord ? 1 : 0;
            next++;
        }

        if (next < clause.End && WordSets.ReleasedThings.Contains(tokens[next].Lower))
        {
            return true;
        }

        // Or what "was released": the nouns before the verb, back to a comma ("By the time an autopsy of the 16-year-old was").
        var words = 0;
        for (var i = match.Start - 1; i >= clause.Start && words < 8 && !tokens[i].Is(","); i--)
        {
            if (WordSets.ReleasedThings.Contains(tokens[i].Lower))
            {
                return true;
            }

            words += tokens[i].IsWord ? 1 : 0;
        }

        return false;
    }

    /// <summary>"The driver fled the scene": a suspect leaving is how a crime went, not a flight from power.</summary>
    private static bool LeavesTheScene(Token[] tokens, Clause clause, TriggerMatch match) =>
        match.Trigger.Action == EventAction.Fled && match.End + 1 < clause.End && tokens[match.End].Is("the") && tokens[match.End + 1].Is("scene");

    /// <summary>
    /// "Rapper 50 Cent ends protege feud", "UK economy ends year with spurt", "Their marriage ended": a quarrel, a spell or a
    /// season ending is no government or war coming to an end. Only the plain verbs ("has ended", "came to an end" say more).
    /// </summary>
    private static bool EndsAPrivateMatter(Token[] tokens, Clause clause, TriggerMatch match)
    {
        if (match.Trigger.Action != EventAction.Ended || tokens[match.Start].Lower is not ("ends" or "ended" or "ending" or "end"))
        {
            return false;
        }

        // What ends: the object's first few words ("ends protege feud"), or the subject just before ("the feud ended").
        var after = match.End;
        while (after < clause.End && after < match.End + 3 && tokens[after].IsWord && !WordSets.Subordinators.Contains(tokens[after].Lower)
            && tokens[after].Lower is not ("with" or "in" or "on" or "at" or "for" or "as" or "by"))
        {
            after++;
        }

        return AnyOf(tokens, match.End, after, WordSets.PrivateMatters)
            || AnyOf(tokens, Math.Max(clause.Start, match.Start - 2), match.Start, WordSets.PrivateMatters);
    }

    /// <summary>
    /// "50 Cent's second album, The Massacre, is released": in a sentence-case line, a capitalised "The" and event word mid-sentence
    /// name a record, film or book. A title-cased headline capitalises every word, so there it says nothing.
    /// </summary>
    private static bool NamesAWork(Token[] tokens, TriggerMatch match) =>
        match.Start >= 2 && tokens[match.Start].IsCapitalized && tokens[match.Start - 1].Text == "The"
            && !Grouping.ReportText.LooksTitleCased(tokens);

    private static bool NatureStruck(Token[] tokens, (int Start, int End) actor) => AnyOf(tokens, actor.Start, actor.End, WordSets.NatureForces);

    /// <summary>A word of <paramref name="words"/> among tokens [from, to).</summary>
    private static bool AnyOf(Token[] tokens, int from, int to, HashSet<string> words)
    {
        for (var i = from; i < to; i++)
        {
            if (words.Contains(tokens[i].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
