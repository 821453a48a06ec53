using AlertBot.Detection.Places;

namespace AlertBot.Detection.Tests.Places;

public sealed class PlaceAgreesTests
{
    public static TheoryData<Place, Place, bool> Pairs => new()
    {
        { Towns.Damascus, Towns.Damascus, true },
        // A town and the country or region it lies in, either way round.
        { Towns.Homs, Towns.Syria, true },
        { Towns.Syria, Towns.Homs, true },
        { Towns.DamascusOregon, Towns.Oregon, true },
        // Two towns of one country are two places; so are a town and another country, or another region.
        { Towns.Homs, Towns.Damascus, false },
        { Towns.Amman, Towns.Syria, false },
        { Towns.DamascusMaryland, Towns.Oregon, false },
        { Towns.Syria, Towns.Jordan, false },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Agrees_TownsRegionsAndCountries_AgreeWhenOneLiesInTheOther(Place a, Place b, bool expected)
    {
        Assert.Equal(expected, a.Agrees(b));
    }
}
