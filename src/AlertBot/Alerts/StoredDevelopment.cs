namespace AlertBot.Alerts;

/// <summary>The columns merging needs of a development already in the store.</summary>
internal sealed record StoredDevelopment(long Id, string MatchKey, long IsAlert, string Certainty);
