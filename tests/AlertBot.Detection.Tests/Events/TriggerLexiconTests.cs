using AlertBot.Detection.Events;

namespace AlertBot.Detection.Tests.Events;

public sealed class TriggerLexiconTests
{
    /// <summary>The kind of event the phrase starting at <paramref name="word"/> states, or null when none starts there.</summary>
    internal static EventAction? ActionAt(string sentence, string word)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var at = Array.FindIndex(tokens, t => t.Is(word));
        Assert.True(at >= 0, $"'{word}' is not a word of '{sentence}'");
        return TriggerLexicon.Match(tokens, at)?.Trigger.Action;
    }

    [Theory]
    // A word the phrase must not follow ("!<"): only that word before it rules it out.
    [InlineData("Starmer takes a shot at Tory plans", "shot", null)]
    [InlineData("Trump shot at rally in Pennsylvania", "shot", EventAction.Attack)]
    [InlineData("Terror suspects face house arrests", "arrests", null)]
    [InlineData("Police made arrests overnight", "arrests", EventAction.Arrested)]
    [InlineData("Crowds cheered at rally in Ohio", "rally", null)]
    [InlineData("Thousands rally in the capital", "rally", EventAction.Protest)]
    public void Match_WordThePhraseMustNotFollow_RulesItOut(string sentence, string word, EventAction? expected)
    {
        Assert.Equal(expected, ActionAt(sentence, word));
    }

    [Theory]
    [InlineData("The supreme court ruled that the law was unconstitutional", "ruled")]
    [InlineData("Judge rules against the ministry in land case", "rules")]
    [InlineData("The appeals court overturned the conviction", "overturned")]
    [InlineData("Jury delivers verdict in fraud trial", "verdict")]
    public void Match_CourtRulings_AreRuled(string sentence, string word)
    {
        Assert.Equal(EventAction.Ruled, ActionAt(sentence, word));
    }

    [Theory]
    [InlineData("Train carrying dozens of lawmakers hits truck in Virginia", "hits", EventAction.Accident)]
    [InlineData("School bus hit car at a level crossing", "hit", EventAction.Accident)]
    [InlineData("Storm hits the coast overnight", "hits", null)]
    [InlineData("Quake hits European shares", "hits", null)]
    public void Match_VehicleHitsVehicle_IsAnAccident(string sentence, string word, EventAction? expected)
    {
        Assert.Equal(expected, ActionAt(sentence, word));
    }

    [Theory]
    [InlineData("Shares plunged on Monday after the rate decision", "plunged")]
    [InlineData("Markets tumble as oil prices soar", "tumble")]
    [InlineData("Stocks suffer worst day since 2020", "worst")]
    public void Match_MarketFalls_AreMarketMoves(string sentence, string word)
    {
        Assert.Equal(EventAction.MarketMove, ActionAt(sentence, word));
    }

    [Theory]
    [InlineData("Election results show a clear lead for the opposition", "election")]
    [InlineData("The president conceded defeat late on Sunday", "conceded")]
    [InlineData("Opposition wins the election by a landslide", "wins")]
    [InlineData("The new president was sworn in on Friday", "sworn")]
    public void Match_ElectionOutcomes_AreElections(string sentence, string word)
    {
        Assert.Equal(EventAction.Election, ActionAt(sentence, word));
    }

    [Theory]
    [InlineData("She was appointed foreign minister", "appointed")]
    [InlineData("The party names Amina Yusuf as its leader", "names")]
    [InlineData("Candidate picks Dan Hale as running mate", "picks")]
    public void Match_Appointments_AreAppointed(string sentence, string word)
    {
        Assert.Equal(EventAction.Appointed, ActionAt(sentence, word));
    }

    [Theory]
    [InlineData("President fires defence minister after failed offensive", "fires")]
    [InlineData("Prime minister sacks his finance minister", "sacks")]
    [InlineData("The coach was sacked after five defeats", "sacked")]
    public void Match_Dismissals_AreDismissed(string sentence, string word)
    {
        Assert.Equal(EventAction.Dismissed, ActionAt(sentence, word));
    }

    [Theory]
    [InlineData("The king dissolves parliament and calls elections", "dissolves")]
    [InlineData("President dissolved the government on Sunday", "dissolved")]
    [InlineData("Coalition collapses after budget row", "coalition")]
    public void Match_DissolutionsAndCollapses_AreEnded(string sentence, string word)
    {
        Assert.Equal(EventAction.Ended, ActionAt(sentence, word));
    }

    [Theory]
    [InlineData("Forest fires spread across the hills", "fires", EventAction.Disaster)]
    [InlineData("The report names no suspects", "names", null)]
    public void Match_WordWithoutTheContextItNeeds_FallsBackOrMatchesNothing(string sentence, string word, EventAction? expected)
    {
        Assert.Equal(expected, ActionAt(sentence, word));
    }
}
