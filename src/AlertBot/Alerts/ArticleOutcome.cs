namespace AlertBot.Alerts;

/// <summary>What the pipeline did with one article.</summary>
/// <param name="Duplicate">The same content was processed before; nothing changed.</param>
/// <param name="DevelopmentIds">The article's developments (new or merged), most significant first.</param>
/// <param name="NewAlertIds">Developments that became alerts because of this article.</param>
/// <param name="UpdatedAlertIds">Existing alerts this article confirmed or updated.</param>
public sealed record ArticleOutcome(
    bool Duplicate,
    long? ArticleId,
    IReadOnlyList<long> DevelopmentIds,
    IReadOnlyList<long> NewAlertIds,
    IReadOnlyList<long> UpdatedAlertIds,
    IReadOnlyList<AlertBot.Detection.Places.Place> Places)
{
    public static ArticleOutcome AlreadySeen { get; } = new(true, null, [], [], [], []);
}
