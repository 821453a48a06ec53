namespace AlertBot.Detection.Merging;

/// <summary>
/// What two reports must share to be one development. The host stores it opaquely
/// (<see cref="Serialize"/>/<see cref="Parse"/>) and hands it back to <see cref="DevelopmentMatcher"/>.
/// </summary>
public sealed record DevelopmentKey(EventAction Action, string? Actor, IReadOnlyList<int> PlaceIds, IReadOnlyList<string> Tokens)
{
    public string Serialize() =>
        string.Join('\u001f', ((int)Action).ToString(System.Globalization.CultureInfo.InvariantCulture), Actor ?? "",
            string.Join(',', PlaceIds), string.Join(' ', Tokens));

    public static DevelopmentKey Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('\u001f');
        if (parts.Length != 4)
        {
            throw new FormatException("A development key has four parts.");
        }

        var action = (EventAction)int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var places = parts[2].Length == 0 ? [] : parts[2].Split(',').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var tokens = parts[3].Length == 0 ? [] : parts[3].Split(' ');
        return new DevelopmentKey(action, parts[1].Length == 0 ? null : parts[1], places, tokens);
    }
}
