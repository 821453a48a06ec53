namespace AlertBot.Detection.Places;

/// <summary>A place that a set of texts (a development's titles and leads) names, and how they name it.</summary>
/// <param name="Texts">How many of the texts name it.</param>
/// <param name="FirstText">Position of the first text that names it.</param>
/// <param name="CountryWeight">How much the texts together say about the place's country (see <see cref="PlaceContext.CountryWeight"/>).</param>
public sealed record NamedPlace(Place Place, int Texts, int FirstText, double CountryWeight)
{
    public PlaceKind Kind => Place.Kind;
}
