namespace AlertBot.Alerts;

public static class GreatCircle
{
    private const double EarthRadiusKm = 6371.0;

    /// <summary>Haversine distance; accurate to well under 1% at city scale, which is all a "near me" answer needs.</summary>
    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
