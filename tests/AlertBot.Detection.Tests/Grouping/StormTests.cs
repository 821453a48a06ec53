using AlertBot.Detection.Grouping;

namespace AlertBot.Detection.Tests.Grouping;

/// <summary>One named storm is one development: its landfall, its toll and its floods share few words but one name.</summary>
public sealed class StormTests
{
    [Theory]
    [InlineData("Hurricane Debby hits Florida coast; evacuations ordered", "storm:debby")]
    [InlineData("Children among six dead as Storm Debby hits US", "storm:debby")]
    [InlineData("Typhoon Yagi kills 14 in Vietnam", "storm:yagi")]
    [InlineData("Cyclone Remal makes landfall in Bangladesh", "storm:remal")]
    public void Names_HeadlineNamingAStorm_ListsTheStorm(string headline, string expected)
    {
        Assert.Contains(expected, ReportText.Names([headline, "Officials urged residents to leave."]));
    }

    [Theory]
    // Missiles, a storm of protest, and a storm named only further on ("the worst since Hurricane Katrina").
    [InlineData("Ukraine fires Storm Shadow missiles at Russian base", "Officials confirmed the strike.")]
    [InlineData("Storm of protest as minister resigns", "The minister left office on Friday.")]
    [InlineData("Floods hit New Orleans", "The city saw its worst damage since Hurricane Katrina.")]
    public void Names_NoStormTheHeadlineNames_ListsNoStorm(string headline, string lead)
    {
        Assert.DoesNotContain(ReportText.Names([headline, lead]), n => n.StartsWith(ReportText.StormPrefix, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("storm:debby", "storm:debby", true)]
    [InlineData("storm:debby", "storm:ernesto", false)]
    [InlineData("storm:debby", "debby", false)]
    public void Find_ReportsOfFewWordsInCommon_JoinOnlyWhenTheyNameOneStorm(string first, string second, bool joins)
    {
        var index = new DevelopmentIndex(GroupingWeights.WithEmbeddings, GroupingWeights.Lexical);
        index.Add(1, Signals.Cosine(Signals.T0, "florida", 0.2, "landfall") with { Names = [first] });

        var match = index.Find(Signals.Words(Signals.T0.AddHours(14), "florida") with { Names = [second] });

        Assert.Equal(joins, match is { DevelopmentId: 1 });
    }
}
