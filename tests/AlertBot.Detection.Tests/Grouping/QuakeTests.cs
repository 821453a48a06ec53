using AlertBot.Detection.Grouping;

namespace AlertBot.Detection.Tests.Grouping;

/// <summary>One country's earthquake is one development: its first report and its rising toll share few words.</summary>
public sealed class QuakeTests
{
    [Theory]
    [InlineData("Powerful 7.7 earthquake hits Myanmar", new[] { "MM", "TH" }, new[] { "quake:mm", "quake:th" })]
    [InlineData("Myanmar quake death toll rises to 144", new[] { "MM" }, new[] { "quake:mm" })]
    [InlineData("Aftershocks jolt Iran's Qeshm island", new[] { "IR" }, new[] { "quake:ir" })]
    // No earthquake in the first line, or no place to tie it to: no key.
    [InlineData("Floods kill 40 in Myanmar", new[] { "MM" }, new string[0])]
    [InlineData("Earthquake felt across the region", new string[0], new string[0])]
    public void WithQuakeKeys_FirstLineTellsOfAnEarthquake_AddsAKeyPerCountry(string firstLine, string[] countries, string[] expected)
    {
        var names = ReportText.WithQuakeKeys(["junta"], firstLine, countries);

        Assert.Equal(expected, names.Where(n => n.StartsWith(ReportText.QuakePrefix, StringComparison.Ordinal)));
        Assert.Contains("junta", names);
    }

    [Theory]
    [InlineData("quake:mm", "quake:mm", true)]
    [InlineData("quake:mm", "quake:th", false)]
    [InlineData("quake:mm", "storm:mm", false)]
    public void Find_TollHoursLater_JoinsOnlyTheSameCountrysQuake(string first, string second, bool joins)
    {
        var index = new DevelopmentIndex(GroupingWeights.WithEmbeddings, GroupingWeights.Lexical);
        index.Add(1, Signals.Cosine(Signals.T0, "myanmar", 0.2, "magnitude") with { Names = [first] });

        var match = index.Find(Signals.Words(Signals.T0.AddHours(8), "myanmar") with { Names = [second] });

        Assert.Equal(joins, match is { DevelopmentId: 1 });
    }
}
