namespace AlertBot.Ingestion;

/// <summary>A file that can never become an article (binary, empty, too big, bad encoding, malformed); it is quarantined.</summary>
public sealed class UnreadableArticleException(string reason) : Exception(reason);
