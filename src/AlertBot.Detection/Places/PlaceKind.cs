namespace AlertBot.Detection.Places;

/// <summary>What sort of place a <see cref="Place"/> is, from most to least specific.</summary>
public enum PlaceKind
{
    /// <summary>A city, town or village.</summary>
    Settlement = 0,

    /// <summary>A first-level region: a US state, one of the UK's nations.</summary>
    Region = 1,

    Country = 2,
}
