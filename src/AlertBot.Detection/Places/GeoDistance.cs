namespace AlertBot.Detection.Places;

/// <summary>Great-circle distance on a spherical Earth (accurate to ~0.5%, plenty for "near").</summary>
public static class GeoDistance
{
    private const double EarthRadiusKm = 6371.0088;
    private const double KmPerDegreeOfLatitude = EarthRadiusKm * Math.PI / 180;

    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// <see cref="Kilometres"/> is at most <paramref name="km"/>. No path between two points is shorter than the one along a
    /// meridian, so latitudes alone farther apart than that (by more than any rounding could make up) settle it without
    /// the trigonometry: grouping asks this of every pair of towns two alike reports name.
    /// </summary>
    public static bool Within(double lat1, double lon1, double lat2, double lon2, double km)
    {
        if (Math.Abs(lat1) <= 90 && Math.Abs(lat2) <= 90 && Math.Abs(lat2 - lat1) * KmPerDegreeOfLatitude > km + 1)
        {
            return false;
        }

        return Kilometres(lat1, lon1, lat2, lon2) <= km;
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
