using AlertBot.Detection.Events;
using AlertBot.Detection.Places;

namespace AlertBot.Detection.Tests.Events;

/// <summary>
/// Headline forms of elections, coups, launches and interceptions, whose verb alone ("wins", "launches", "shot down") is also
/// sport's, a product's or a critic's.
/// </summary>
public sealed class SentenceExtractorContestTests
{
    private static List<EventCandidate> Extract(string sentence) => SentenceExtractor.Extract(sentence, 0, Array.Empty<PlaceMention>(), 2024);

    [Theory]
    [InlineData("Labour wins UK election by a landslide", EventAction.Election)]
    [InlineData("Erdogan wins Turkey's presidential runoff", EventAction.Election)]
    [InlineData("Prime minister wins confidence vote", EventAction.Election)]
    [InlineData("Mexico elects Claudia Sheinbaum as first female president", EventAction.Election)]
    [InlineData("Hamas frees four Israeli hostages", EventAction.Freed)]
    [InlineData("Military officers say they have seized power", EventAction.Ousted)]
    [InlineData("Lawmakers vote to impeach President Yoon", EventAction.Ousted)]
    [InlineData("Russia launches new offensive in the north", EventAction.Attack)]
    [InlineData("Ukraine says it shot down 30 Russian drones overnight", EventAction.Attack)]
    [InlineData("Jordan Says It Shot Down Iranian Drones", EventAction.Attack)]
    [InlineData("North Korea fires ballistic missile into sea", EventAction.Attack)]
    [InlineData("Biden drops out of presidential race", EventAction.Resigned)]
    [InlineData("Building collapses in Lagos, trapping dozens", EventAction.Accident)]
    [InlineData("Dam bursts in Sudan after heavy rain", EventAction.Accident)]
    [InlineData("Iran executes man convicted of waging war", EventAction.Killed)]
    [InlineData("Zelensky sacks commander-in-chief Zaluzhny", EventAction.Dismissed)]
    public void Extract_HeadlineOfAContestOrAnAttack_FindsItsAction(string sentence, EventAction expected)
    {
        Assert.Equal(expected, Assert.Single(Extract(sentence)).Action);
    }

    [Fact]
    public void Extract_LaunchWithWeaponsBeforeTheAttack_IsAFirmAttack()
    {
        // The words between the verb and its noun once left only "attack against" (a weak sense) to read.
        var found = Assert.Single(Extract("Iran launches massive drone and missile attack against Israel"));

        Assert.Equal(EventAction.Attack, found.Action);
        Assert.Equal(1.0, found.Weight);
    }

    [Theory]
    [InlineData("Film wins readers' poll")]
    [InlineData("Strictly star wins public vote")]
    [InlineData("Nadal wins French Open")]
    public void Extract_WinOfAShowOrAGame_IsNoElection(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action == EventAction.Election);
    }

    [Theory]
    [InlineData("Unions launch strikes over pay")]
    [InlineData("China launches charm offensive in Africa")]
    [InlineData("Band shot down by critics")]
    [InlineData("Apple launches new iPhone")]
    public void Extract_LaunchOrShotDownWithoutArms_IsNoAttack(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action == EventAction.Attack);
    }

    [Fact]
    public void Extract_PoliticalAttackLaunched_StaysAWeakSense()
    {
        Assert.DoesNotContain(Extract("Tories launch attack on Labour's tax plans"), c => c.Action == EventAction.Attack && c.Weight >= 1.0);
    }

    [Theory]
    [InlineData("Most fleeing to Europe are not refugees, EU official says")]
    [InlineData("Police were directed into the mall by people fleeing the scene")]
    public void Extract_ParticipleDescribingPeople_IsNoFlight(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action == EventAction.Fled);
    }

    [Theory]
    [InlineData("Hasina resigned as prime minister, fleeing to India on Monday")]
    [InlineData("Assad is fleeing the capital")]
    public void Extract_ParticipleOfTheActor_IsAFlight(string sentence)
    {
        Assert.Contains(Extract(sentence), c => c.Action == EventAction.Fled);
    }

    [Theory]
    [InlineData("IBM frees 500 software patents", EventAction.Freed)]
    [InlineData("Henman drops out of Davis Cup", EventAction.Resigned)]
    [InlineData("Company executes share buyback", EventAction.Killed)]
    [InlineData("Talks collapse over budget", EventAction.Accident)]
    public void Extract_SameVerbOfSomethingElse_IsNotThatEvent(string sentence, EventAction notExpected)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action == notExpected);
    }
}
