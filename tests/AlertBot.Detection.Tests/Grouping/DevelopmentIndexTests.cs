using System.Globalization;
using AlertBot.Detection.Grouping;
using AlertBot.Detection.Places;

namespace AlertBot.Detection.Tests.Grouping;

public sealed class DevelopmentIndexTests
{
    private const double Tolerance = 1e-5;
    private static readonly DateTimeOffset T0 = Signals.T0;
    private static readonly GroupingWeights Words = GroupingWeights.Lexical;

    private static DevelopmentIndex NewIndex(int capacity = DevelopmentIndex.DefaultCapacity) =>
        new(GroupingWeights.WithEmbeddings, GroupingWeights.Lexical, capacity);

    [Fact]
    public void Find_EmptyIndex_ReturnsNull()
    {
        Assert.Null(NewIndex().Find(Signals.Words(T0, "quake")));
    }

    [Fact]
    public void Find_SameWordsAtTheSameTime_JoinsByTheMarginOverTheThreshold()
    {
        var index = NewIndex();
        index.Add(7, Signals.Words(T0, "quake", "herat"));

        var match = index.Find(Signals.Words(T0, "quake", "herat"));

        Assert.Equal(7, match?.DevelopmentId);
        Assert.Equal(1 - Words.Threshold, match!.Score, Tolerance);
    }

    [Fact]
    public void Find_NoWordInCommon_ReturnsNull()
    {
        var index = NewIndex();
        index.Add(7, Signals.Words(T0, "quake", "herat"));

        Assert.Null(index.Find(Signals.Words(T0, "flood", "arusha")));
    }

    [Fact]
    public void Find_HoursApart_CostBetaTimesLogOfTheHours()
    {
        var index = NewIndex();
        index.Add(7, Signals.Words(T0, "quake"));

        var match = index.Find(Signals.Words(T0.AddHours(24), "quake"));

        Assert.Equal(1 - (Words.Beta * Math.Log(25)) - Words.Threshold, match!.Score, Tolerance);
    }

    [Theory]
    [InlineData("2024-06-01T00:00:00Z", "2024-06-01T18:04:00Z", 0)]
    [InlineData("2024-06-01T18:04:00Z", "2024-06-01T00:00:00Z", 0)]
    [InlineData("2024-06-01T00:00:00Z", "2024-06-02T00:00:00Z", 0)]
    [InlineData("2024-06-01T00:00:00Z", "2024-06-03T06:00:00Z", 30)]
    [InlineData("2024-06-03T06:00:00Z", "2024-06-01T00:00:00Z", 30)]
    [InlineData("2024-06-01T00:00:00+02:00", "2024-06-01T10:00:00Z", 12)]
    [InlineData("2024-06-01T06:00:00Z", "2024-06-01T18:30:00Z", 12.5)]
    public void HoursApart_MidnightUtcIsADateWithoutTime_CountsFromTheNearestMomentOfThatDay(string a, string b, double expected)
    {
        Assert.Equal(expected, DevelopmentIndex.HoursApart(DateTimeOffset.Parse(a, CultureInfo.InvariantCulture), DateTimeOffset.Parse(b, CultureInfo.InvariantCulture)), Tolerance);
    }

    [Fact]
    public void Find_DateOnlyStampAndALaterTimeThatDay_CostNoHours()
    {
        var day = new DateTimeOffset(2007, 4, 9, 0, 0, 0, TimeSpan.Zero);
        var index = NewIndex();
        index.Add(7, Signals.Words(day, "quake"));

        var match = index.Find(Signals.Words(day.AddHours(18), "quake"));

        Assert.Equal(1 - Words.Threshold, match!.Score, Tolerance);
    }

    [Fact]
    public void Find_FurtherApartThanTheWindow_NotJoined()
    {
        var index = NewIndex();
        index.Add(7, Signals.Words(T0, "quake"));

        Assert.Null(index.Find(Signals.Words(T0 + index.Window + TimeSpan.FromHours(1), "quake")));
    }

    [Fact]
    public void Find_DevelopmentOfSeveralReports_ScoresTheMeanOfItsTwoBestMargins()
    {
        var index = NewIndex();
        index.Add(1, Signals.Cosine(T0, "quake", 0.9, "a"));
        index.Add(1, Signals.Cosine(T0, "quake", 0.3, "b"));
        index.Add(1, Signals.Cosine(T0, "quake", 0.2, "c"));

        var match = index.Find(Signals.Words(T0, "quake"));

        Assert.Equal(((0.9 - Words.Threshold) + (0.3 - Words.Threshold)) / 2, match!.Score, Tolerance);
    }

    [Fact]
    public void Find_OneStrayCloseReport_LosesToADevelopmentCloserOnTheWhole()
    {
        var index = NewIndex();
        index.Add(1, Signals.Cosine(T0, "quake", 0.9, "a"));
        index.Add(1, Signals.Cosine(T0, "quake", 0.2, "b"));
        index.Add(2, Signals.Cosine(T0, "quake", 0.7, "c"));
        index.Add(2, Signals.Cosine(T0, "quake", 0.7, "d"));

        Assert.Equal(2, index.Find(Signals.Words(T0, "quake"))?.DevelopmentId);
    }

    [Fact]
    public void Find_ExcludedDevelopment_IsPassedOver()
    {
        var index = NewIndex();
        index.Add(1, Signals.Cosine(T0, "quake", 0.9, "a"));
        index.Add(2, Signals.Cosine(T0, "quake", 0.6, "b"));

        Assert.Equal(2, index.Find(Signals.Words(T0, "quake"), new HashSet<long> { 1 })?.DevelopmentId);
        Assert.Null(index.Find(Signals.Words(T0, "quake"), new HashSet<long> { 1, 2 }));
    }

    [Fact]
    public void Find_EqualScores_PrefersTheLowerDevelopmentId()
    {
        var index = NewIndex();
        index.Add(9, Signals.Words(T0, "quake"));
        index.Add(4, Signals.Words(T0, "quake"));

        Assert.Equal(4, index.Find(Signals.Words(T0, "quake"))?.DevelopmentId);
    }

    [Fact]
    public void Find_AlikeEmbeddingsFewSharedWords_Join()
    {
        var weights = GroupingWeights.WithEmbeddings;
        var index = NewIndex();
        index.Add(7, Signals.Cosine(T0, "herat", 0.05, "quake") with { Embedding = Embeddings.WithCosine(1) });

        var match = index.Find(Signals.Words(T0, "herat") with { Embedding = Embeddings.WithCosine(0.95) });

        Assert.Equal((weights.Alpha * 0.95) + ((1 - weights.Alpha) * 0.05) - weights.Threshold, match!.Score, Tolerance);
    }

    [Fact]
    public void Find_FewSharedWordsWithoutEmbeddings_NotJoined()
    {
        var index = NewIndex();
        index.Add(7, Signals.Cosine(T0, "herat", 0.05, "quake"));

        Assert.Null(index.Find(Signals.Words(T0, "herat")));
    }

    [Fact]
    public void Find_EmbeddingsOfDifferentSizes_FallBackToTheWords()
    {
        var index = NewIndex();
        index.Add(7, Signals.Cosine(T0, "herat", 0.05, "quake") with { Embedding = Embeddings.WithCosine(1, size: 16) });

        Assert.Null(index.Find(Signals.Words(T0, "herat") with { Embedding = Embeddings.WithCosine(1) }));
    }

    [Fact]
    public void Find_SameWordsInFarApartTowns_NotJoined()
    {
        var index = NewIndex();
        index.Add(7, Signals.Words(T0, "flood", "villag") with { Places = [Point(WorldTowns.Herat)] });

        Assert.Null(index.Find(Signals.Words(T0, "flood", "villag") with { Places = [Point(WorldTowns.Arusha)] }));
        Assert.Equal(7, index.Find(Signals.Words(T0, "flood", "villag") with { Places = [Point(WorldTowns.Herat)] })?.DevelopmentId);
    }

    [Theory]
    [InlineData(EventAction.Attack, EventAction.Accident, false)]
    [InlineData(EventAction.Attack, EventAction.Killed, true)]
    [InlineData(EventAction.Attack, EventAction.Other, true)]
    public void Find_DifferentKindsOfEvent_NotJoined(EventAction first, EventAction second, bool joins)
    {
        var index = NewIndex();
        index.Add(7, Signals.Words(T0, "six", "sydney", "dead") with { Action = first });

        var match = index.Find(Signals.Words(T0, "six", "sydney", "dead") with { Action = second });

        Assert.Equal(joins, match is not null);
    }

    [Fact]
    public void Add_ReportsOlderThanTheWindowOfTheNewest_AreDropped()
    {
        var index = NewIndex();
        index.Add(1, Signals.Words(T0, "quake"));
        index.Add(2, Signals.Words(T0 + index.Window + TimeSpan.FromHours(1), "flood"));

        Assert.Equal(1, index.Count);
        // Near enough in time to the dropped report to have joined it, were it still held.
        Assert.Null(index.Find(Signals.Words(T0.AddHours(100), "quake")));
    }

    [Fact]
    public void Add_BeyondCapacity_KeepsTheLatestAdded()
    {
        var index = NewIndex(capacity: 2);
        index.Add(1, Signals.Words(T0, "quake"));
        index.Add(2, Signals.Words(T0, "flood"));
        index.Add(3, Signals.Words(T0, "fire"));

        Assert.Equal(2, index.Count);
        Assert.Null(index.Find(Signals.Words(T0, "quake")));
        Assert.Equal(2, index.Find(Signals.Words(T0, "flood"))?.DevelopmentId);
    }

    [Fact]
    public void Find_DevelopmentAddedAfterAnotherLeft_ScoredAsItselfAlone()
    {
        // 1 leaves when 3 comes, and 4 takes the place 1 held in the index: its scores must be 4's alone.
        var index = NewIndex(capacity: 2);
        index.Add(1, Signals.Words(T0, "quake"));
        index.Add(2, Signals.Words(T0, "flood"));
        index.Add(3, Signals.Cosine(T0, "quake", 0.5, "a"));
        index.Add(4, Signals.Words(T0, "quake"));
        index.Add(4, Signals.Cosine(T0, "quake", 0.9, "b"));

        var match = index.Find(Signals.Words(T0, "quake"));

        Assert.Equal(4, match?.DevelopmentId);
        Assert.Equal(((1 - Words.Threshold) + (0.9 - Words.Threshold)) / 2, match!.Score, Tolerance);
    }

    [Fact]
    public void Newest_ReportsOutOfOrder_IsTheLatestPublished()
    {
        var index = NewIndex();
        index.Add(1, Signals.Words(T0.AddHours(5), "quake"));
        index.Add(2, Signals.Words(T0, "flood"));

        Assert.Equal(T0.AddHours(5), index.Newest);
    }

    [Fact]
    public void Window_IsTheLongerOfTheTwoWeights()
    {
        var index = new DevelopmentIndex(GroupingWeights.WithEmbeddings with { WindowHours = 48 }, GroupingWeights.Lexical with { WindowHours = 72 });

        Assert.Equal(TimeSpan.FromHours(72), index.Window);
    }

    [Fact]
    public void Index_RebuiltWithoutCapacityPressure_AnswersAsTheRunningIndex()
    {
        var added = ReportStream.Generate(seed: 11, count: 300, hoursApart: 0.5, jitterHours: 12);

        ReportStream.AssertRestartsAnswerAsTheRunningIndex(added, GroupingWeights.Lexical with { WindowHours = 24 }, capacity: 10_000);
    }

    [Theory]
    [InlineData(new[] { "a", "b", "c" }, new[] { "b", "c", "d" }, 0.5)]
    [InlineData(new[] { "a" }, new[] { "a" }, 0.5)]
    [InlineData(new[] { "a", "b" }, new[] { "c", "d" }, 0)]
    [InlineData(new string[0], new[] { "a" }, 0)]
    public void SharedNames_SharedOverOneMoreThanTheFewer(string[] a, string[] b, double expected)
    {
        Assert.Equal(expected, DevelopmentIndex.SharedNames(a, b), Tolerance);
    }

    [Fact]
    public void Dot_LengthNotAMultipleOfTheVectorWidth_MatchesThePlainSum()
    {
        var x = Enumerable.Range(0, 37).Select(i => (float)Math.Sin(i)).ToArray();
        var y = Enumerable.Range(0, 37).Select(i => (float)Math.Cos(i * 0.5)).ToArray();

        Assert.Equal(x.Zip(y, (p, q) => (double)p * q).Sum(), DevelopmentIndex.Dot(x, y), 1e-4);
    }

    private static GeoPoint Point(Place place) => new(place.GeonameId, place.Latitude, place.Longitude);
}
