namespace AlertBot.Detection.Tests.Events;

/// <summary>Headline wording: news titles are in the present tense, and "rules out" is no ruling.</summary>
public sealed class TriggerLexiconHeadlineTests
{
    [Theory]
    [InlineData("Man stabs six people at shopping centre", "stabs", EventAction.Attack)]
    [InlineData("Iran launches attacks on Israel with drones and missiles", "attacks", EventAction.Attack)]
    [InlineData("Iran fires missiles at Israel", "fires", EventAction.Attack)]
    [InlineData("Ferry capsizes off the coast with 50 aboard", "capsizes", EventAction.Accident)]
    [InlineData("Ferry sinks off the coast with 50 aboard", "sinks", EventAction.Accident)]
    public void Match_PresentTenseHeadlineVerbs_StateTheirEvent(string sentence, string word, EventAction expected)
    {
        Assert.Equal(expected, TriggerLexiconTests.ActionAt(sentence, word));
    }

    [Theory]
    [InlineData("Glee actor Mark Salling found dead aged 35", "found", EventAction.Died)]
    [InlineData("Opposition leader found dead", "found", EventAction.Died)]
    [InlineData("Russian general found dead at 61", "found", EventAction.Died)]
    public void Match_FoundDead_IsADeath(string sentence, string word, EventAction expected)
    {
        Assert.Equal(expected, TriggerLexiconTests.ActionAt(sentence, word));
    }

    [Theory]
    [InlineData("Blair blasts Tory spending plans", "blasts")]
    [InlineData("Fox attacks Blair's record on schools", "attacks")]
    public void Match_CriticismInHeadlineese_IsNoAttack(string sentence, string word)
    {
        Assert.NotEqual(EventAction.Attack, TriggerLexiconTests.ActionAt(sentence, word));
    }

    [Theory]
    [InlineData("Israeli raid on the occupied West Bank", "occupied")]
    [InlineData("Settlers attack villages in occupied territories", "occupied")]
    public void Match_OccupiedAsAnAdjective_IsNoCapture(string sentence, string word)
    {
        Assert.NotEqual(EventAction.TookControl, TriggerLexiconTests.ActionAt(sentence, word));
    }

    [Fact]
    public void Match_TroopsOccupiedTheTown_IsACapture()
    {
        Assert.Equal(EventAction.TookControl, TriggerLexiconTests.ActionAt("Troops occupied the town overnight", "occupied"));
    }

    [Theory]
    [InlineData("Prime minister rules out snap election", "rules")]
    [InlineData("Police have ruled out foul play", "ruled")]
    public void Match_RulesOut_IsNoCourtRuling(string sentence, string word)
    {
        Assert.NotEqual(EventAction.Ruled, TriggerLexiconTests.ActionAt(sentence, word));
    }
}
