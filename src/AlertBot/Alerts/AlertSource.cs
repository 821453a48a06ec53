namespace AlertBot.Alerts;

/// <param name="Evidence">The sentences of this source the development rests on.</param>
public sealed record AlertSource(string Source, string Outlet, string? Url, IReadOnlyList<string> Evidence)
{
    /// <summary>When this source's report joined the alert.</summary>
    public DateTimeOffset Seen { get; init; }
}
