namespace AlertBot.Detection.Events;

/// <summary>What a clause says about its event besides the event itself: hedging, time, negation.</summary>
public readonly record struct ClauseCues(EventTense Tense, bool Hedged, bool Negated)
{
    private const int NegationReach = 3;

    private const int PassiveNegationReach = NegationReach + 4;

    /// <param name="publishedMonth">1-12, or 0 when unknown.</param>
    public static ClauseCues Read(ReadOnlySpan<Token> tokens, Clause clause, int trigger, int publishedYear, int publishedMonth = 0)
    {
        var hedged = false;
        var background = false;
        var prospective = false;
        for (var i = clause.Start; i < clause.End; i++)
        {
            var w = tokens[i].Lower;
            var next = i + 1 < clause.End ? tokens[i + 1].Lower : "";
            hedged |= WordSets.Hedges.Contains(w)
                || (w is "reported" or "said" or "believed" or "thought" or "understood" or "rumoured" && next == "to")
                || (w is "appears" or "appeared" or "seems" or "seemed" && next == "to")
                || (w is "may" or "might" or "could" && next == "have")
                || (w == "amid" && next is "reports" or "unconfirmed")
                || (w == "reports" && next is "that" or "say" or "said" or "suggest" or "suggested")
                || (w == "if" && next == "confirmed")
                || (w is "been" or "was" or "were" && next == "reported");
            background |= DatesThePast(tokens, i, clause.End, publishedYear, publishedMonth)
                || (i < trigger && w == "the" && next is "day" or "night" or "moment" or "morning" or "evening" or "hour" && i + 2 < trigger
                    && StartsRelativeClause(tokens[i + 2]))
                || (w == "at" && next == "the" && i + 2 < clause.End && tokens[i + 2].Is("time"));
            if (i < trigger)
            {
                prospective |= WordSets.ProspectiveCues.Contains(w) && !(next is "have" or "has");
            }
        }

        // "agree to a ceasefire" is the agreement made; "to" before other events is a purpose or a plan.
        prospective |= (trigger > clause.Start && tokens[trigger - 1].Is("to") && !IsPastForm(tokens[trigger].Lower)
                && !(trigger - 2 >= clause.Start && tokens[trigger - 2].Lower is "agree" or "agrees" or "agreed"))
            || ModalFollows(tokens, clause, trigger);
        background |= StartsWithEarlierPerfect(tokens, clause) || DatedByWhen(tokens, clause, publishedYear, publishedMonth);
        var tense = background ? EventTense.Background : prospective ? EventTense.Prospective : EventTense.Current;
        return new ClauseCues(tense, hedged, IsNegated(tokens, clause, trigger));
    }

    /// <summary>"last week", "earlier this year", "ago", "in 2019", "in February" (before the article's month), "back in".</summary>
    private static bool DatesThePast(ReadOnlySpan<Token> tokens, int i, int end, int publishedYear, int publishedMonth)
    {
        var w = tokens[i].Lower;
        var next = i + 1 < end ? tokens[i + 1].Lower : "";
        return (w == "last" && WordSets.PeriodWords.Contains(next))
            || (w == "earlier" && next == "this")
            || (w is "ago" or "previously" or "formerly")
            || (w is "in" or "since" or "until" && IsPastYear(next, publishedYear))
            || (w is "in" or "on" or "since" or "until" && IsEarlierMonth(tokens, i + 1, end, publishedYear, publishedMonth))
            || (w == "back" && next == "in");
    }

    /// <summary>
    /// "Protesters were killed when police opened fire last week": a "when" clause right after the event dates it, and a past
    /// date there makes the whole of it context.
    /// </summary>
    private static bool DatedByWhen(ReadOnlySpan<Token> tokens, Clause clause, int publishedYear, int publishedMonth)
    {
        var at = clause.End;
        if (at < tokens.Length && tokens[at].Is(","))
        {
            at++;
        }

        if (at >= tokens.Length || !tokens[at].Is("when"))
        {
            return false;
        }

        // To the sentence's end or the next clause's comma: the "when" clause is what dates the event.
        for (var i = at + 1; i < tokens.Length && !tokens[i].Is(",") && !tokens[i].Is(";"); i++)
        {
            if (DatesThePast(tokens, i, tokens.Length, publishedYear, publishedMonth))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the day the earthquake struck", "the night the dam burst": a clause right after the time noun tells which day. A comma or a
    /// preposition ("Earlier in the day, rebels seized ...", "the day of the vote") leaves the event the sentence's own.
    /// </summary>
    private static bool StartsRelativeClause(Token after) =>
        after.IsWord && !WordSets.Subordinators.Contains(after.Lower) && after.Lower is not ("of" or "in" or "on" or "at" or "for" or "to" or "and");

    /// <summary>
    /// "Election 'could be terror target'", "Strike may hit flights": the event's noun as the subject of a modal is
    /// spoken of, not reported ("could have killed" says it happened, and is a hedge).
    /// </summary>
    private static bool ModalFollows(ReadOnlySpan<Token> tokens, Clause clause, int trigger)
    {
        var next = trigger + 1;
        while (next < clause.End && !tokens[next].IsWord)
        {
            next++;
        }

        return next + 1 < clause.End && tokens[next].Lower is "could" or "may" or "might" or "would" or "will" or "should" or "must" or "can" or "cannot"
            && !tokens[next + 1].Is("have");
    }

    /// <summary>
    /// "in February", "on March 11, 2005", "in December 2003": a month before the article's own (this year's, or any year's
    /// before it) dates what the clause tells as context. A month after it, or a month named without a year when the article's
    /// own month is unknown, says nothing.
    /// </summary>
    private static bool IsEarlierMonth(ReadOnlySpan<Token> tokens, int at, int end, int publishedYear, int publishedMonth)
    {
        if (at >= end || !tokens[at].IsCapitalized || MonthOf(tokens[at].Lower) is not (> 0 and var month))
        {
            return false;
        }

        var i = at + 1;
        while (i < end && (tokens[i].Is(".") || tokens[i].Is(",") || (tokens[i].Lower.Length <= 2 && tokens[i].Lower.All(char.IsAsciiDigit))))
        {
            i++;
        }

        if (i < end && tokens[i].Lower.Length == 4 && int.TryParse(tokens[i].Lower, out var year) && year > 1800)
        {
            return year < publishedYear || (year == publishedYear && month < publishedMonth);
        }

        return month < publishedMonth;
    }

    private static int MonthOf(string word) => word switch
    {
        "january" or "jan" => 1,
        "february" or "feb" => 2,
        "march" or "mar" => 3,
        "april" or "apr" => 4,
        "may" => 5,
        "june" or "jun" => 6,
        "july" or "jul" => 7,
        "august" or "aug" => 8,
        "september" or "sept" or "sep" => 9,
        "october" or "oct" => 10,
        "november" or "nov" => 11,
        "december" or "dec" => 12,
        _ => 0,
    };

    private static bool IsPastYear(string word, int publishedYear) =>
        word.Length == 4 && int.TryParse(word, out var year) && year is > 1800 && year < publishedYear;

    private static bool IsPastForm(string word) => word.EndsWith("ed", StringComparison.Ordinal) || word is "fled" or "left" or "fell" or "took" or "taken";

    /// <summary>"Earlier, government forces had withdrawn…": an earlier, completed step told for context (but "Hours earlier" is news).</summary>
    private static bool StartsWithEarlierPerfect(ReadOnlySpan<Token> tokens, Clause clause)
    {
        if (!tokens[clause.Start].Is("earlier"))
        {
            return false;
        }

        for (var i = clause.Start; i < clause.End; i++)
        {
            if (tokens[i].Is("had"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNegated(ReadOnlySpan<Token> tokens, Clause clause, int trigger)
    {
        for (var i = Math.Max(clause.Start, trigger - PassiveNegationReach); i < trigger; i++)
        {
            var near = i >= trigger - NegationReach
                && (WordSets.Negations.Contains(tokens[i].Lower) || tokens[i].Lower.EndsWith("n't", StringComparison.Ordinal));

            // "The area has not been hit by a quake in 25 years": a negated passive reaches past its agent's words.
            var passive = i + 1 < trigger && (tokens[i].Is("not") || tokens[i].Is("never")) && tokens[i + 1].Lower is "been" or "be";
            if (near || passive)
            {
                return true;
            }
        }

        // "No one was hurt", "nobody was killed": the negation opens the subject.
        return trigger - clause.Start <= 4 && (tokens[clause.Start].Is("no") || tokens[clause.Start].Is("nobody") || tokens[clause.Start].Is("none"));
    }
}
