using AlertBot.Detection.Events;
using AlertBot.Detection.Grouping;

namespace AlertBot.Detection.Tests.Grouping;

public sealed class ReportTextTests
{
    [Fact]
    public void CountTerms_FormsOfOneWord_CountAsOneTerm()
    {
        var counts = ReportText.CountTerms("Floods flooded the valley, and flooding continues.");

        Assert.Equal(3, counts["flood"]);
    }

    [Fact]
    public void CountTerms_StopWordsAndShortWords_AreLeftOut()
    {
        var counts = ReportText.CountTerms("He said on Monday that it was over by 10 pm.");

        Assert.Empty(counts);
    }

    [Fact]
    public void CountTerms_ContentWords_AreStemmed()
    {
        var counts = ReportText.CountTerms("Rescuers searched collapsed buildings");

        Assert.Equal(["building", "collaps", "rescuer", "search"], counts.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Names_CapitalisedMidSentence_AreNames()
    {
        var names = ReportText.Names(["Rescuers reached Herat after Karim Nouri raised the alarm."]);

        Assert.Equal(["herat", "karim", "nouri"], names);
    }

    [Fact]
    public void Names_OpeningWordsOfSentences_AreNotNames()
    {
        var names = ReportText.Names(["Rescuers worked all night. Survivors were found near Herat. \"Nobody slept,\" one said."]);

        Assert.Equal(["herat"], names);
    }

    [Fact]
    public void Names_TitleCasedLine_SaysNothingAboutNames()
    {
        Assert.Empty(ReportText.Names(["Stabbing Attack At Sydney Shopping Centre Leaves Six Dead"]));
    }

    [Fact]
    public void Names_EverydayWordsCapitalised_AreNotNames()
    {
        var names = ReportText.Names(["Three men were held after Police searched the Station in Dhaka."]);

        Assert.Equal(["dhaka"], names);
    }

    [Fact]
    public void Names_SeveralLines_AreMergedSortedAndDistinct()
    {
        var names = ReportText.Names(["Floods hit Herat", "Villages near Herat and Kabul were cut off."]);

        Assert.Equal(["herat", "kabul"], names);
    }

    [Theory]
    [InlineData("Stabbing Attack in Sydney Kills Six", true)]
    [InlineData("Six killed in stabbing at Sydney shopping centre", false)]
    [InlineData("Man Held", false)]
    public void LooksTitleCased_MostLongerWordsCapitalised_IsTitleCase(string line, bool expected)
    {
        Assert.Equal(expected, ReportText.LooksTitleCased(Tokenizer.Tokenize(line)));
    }
}
