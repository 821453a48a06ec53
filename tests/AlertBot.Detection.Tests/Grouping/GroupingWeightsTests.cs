using AlertBot.Detection.Grouping;
using AlertBot.Detection.Places;

namespace AlertBot.Detection.Tests.Grouping;

public sealed class GroupingWeightsTests
{
    private static readonly GroupingWeights Weights = new(Alpha: 0.5, Beta: 0.1, Gamma: 0.2, Threshold: 0.3, WindowHours: 168, PlaceVetoKm: 300, KindVeto: true);

    private static readonly GeoPoint Mosul = Point(TestGazetteer.Mosul);
    private static readonly GeoPoint Kirkuk = Point(TestGazetteer.Kirkuk);
    private static readonly GeoPoint Erbil = Point(TestGazetteer.Erbil);
    private static readonly GeoPoint Lyon = Point(TestGazetteer.Lyon);

    [Fact]
    public void Similarity_WeighsEmbeddingWordsNamesAndHoursApart()
    {
        // 0.5 × 0.8 + 0.5 × 0.4 + 0.2 × 0.5 − 0.1 × ln(1 + (e − 1))
        Assert.Equal(0.6, Weights.Similarity(embedding: 0.8, lexical: 0.4, names: 0.5, hoursApart: Math.E - 1), 1e-9);
    }

    [Fact]
    public void Similarity_LaterReport_NeverScoresHigher()
    {
        Assert.True(Weights.Similarity(0.8, 0.4, 0, 48) < Weights.Similarity(0.8, 0.4, 0, 2));
    }

    [Theory]
    [InlineData(false, false, 0.3)]
    [InlineData(true, false, 0.25)]
    [InlineData(false, true, 0.25)]
    [InlineData(true, true, 0.25)]
    public void ThresholdFor_EitherIsAClauseOfALongArticle_LowersByTheAllowance(bool a, bool b, double expected)
    {
        Assert.Equal(expected, Weights.ThresholdFor(Signal(clause: a), Signal(clause: b)), 1e-9);
    }

    public static TheoryData<GeoPoint[], GeoPoint[], bool> PlacePairs => new()
    {
        { [Mosul], [Lyon], true },
        { [Mosul], [Kirkuk], false },
        { [Mosul], [Mosul with { Latitude = 0, Longitude = 0 }], false },
        { [Mosul, Lyon], [Erbil], false },
        { [Lyon], [Mosul, Kirkuk, Erbil], true },
        { [], [Lyon], false },
        { [Mosul], [], false },
    };

    [Theory]
    [MemberData(nameof(PlacePairs))]
    public void PlacesConflict_NoTownNearOneOfTheOthers_Conflicts(GeoPoint[] a, GeoPoint[] b, bool expected)
    {
        Assert.Equal(expected, Weights.PlacesConflict(a, b));
    }

    [Fact]
    public void PlacesConflict_VetoDistanceZero_NeverConflicts()
    {
        Assert.False((Weights with { PlaceVetoKm = 0 }).PlacesConflict([Mosul], [Lyon]));
    }

    [Theory]
    [InlineData(EventAction.Attack, EventAction.Accident, true, true)]
    [InlineData(EventAction.Attack, EventAction.Accident, false, false)]
    [InlineData(EventAction.Attack, EventAction.Killed, true, false)]
    [InlineData(EventAction.Other, EventAction.Accident, true, false)]
    public void Vetoes_KindsOneDevelopmentIsNotReportedAs_OnlyWithTheKindVeto(EventAction a, EventAction b, bool kindVeto, bool expected)
    {
        var weights = Weights with { KindVeto = kindVeto };

        Assert.Equal(expected, weights.Vetoes(Signal() with { Action = a }, Signal() with { Action = b }));
    }

    [Fact]
    public void Vetoes_FarApartTowns_VetoWhateverTheKinds()
    {
        Assert.True(Weights.Vetoes(Signal() with { Places = [Mosul] }, Signal() with { Places = [Lyon] }));
    }

    private static ReportSignal Signal(bool clause = false) => Signals.Words(Signals.T0, "blast") with { Clause = clause };

    private static GeoPoint Point(Place place) => new(place.GeonameId, place.Latitude, place.Longitude);
}
