namespace AlertBot.Detection.Places;

/// <summary>How a mention's text matched its place.</summary>
public enum PlaceMatchKind
{
    /// <summary>The name or an alias, forgiving only case, accents and punctuation.</summary>
    Exact = 0,

    /// <summary>Another transliteration of the name ("Baquba" for Baqubah).</summary>
    Variant = 1,

    /// <summary>An adjective or demonym of a country ("Iraqi"); the place is the country.</summary>
    Demonym = 2,
}
