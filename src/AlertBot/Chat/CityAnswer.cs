using AlertBot.Alerts;
using AlertBot.Detection.Places;

namespace AlertBot.Chat;

/// <summary>What /city answers: the place understood, its alerts, other places the name could mean, or suggestions.</summary>
public sealed record CityAnswer(Place? Place, IReadOnlyList<AlertView> Alerts, IReadOnlyList<Place> Alternatives, IReadOnlyList<Place> Suggestions);
