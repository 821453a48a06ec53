using AlertBot.Alerts.Embedding;

namespace AlertBot.Alerts;

public sealed class AlertsOptions
{
    public const string Section = "Alerts";

    /// <summary>How far apart in time two reports may be and still be grouped as one development.</summary>
    public double MergeWindowHours { get; set; } = 168;

    /// <summary>The sentence embedding grouping compares beside words and names; <see cref="EmbeddingModel.None"/> for words only.</summary>
    public EmbeddingModel Embeddings { get; set; } = EmbeddingModel.MiniLM;

    /// <summary>
    /// Folder the embedding model is unpacked into once (about 95 MB, and a stamp that spares later loads from hashing
    /// it); it must be writable, checked at start. Empty for the user's local application data
    /// (<c>~/.local/share/AlertBot/models</c>), else the temp folder's.
    /// </summary>
    public string? ModelCache { get; set; }

    /// <summary>How many alerts /latest shows when no number is given.</summary>
    public int LatestDefault { get; set; } = 5;

    /// <summary>The most alerts one /latest or /city answer lists.</summary>
    public int MaxListed { get; set; } = 10;
}
