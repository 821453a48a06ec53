namespace AlertBot.Detection.Text;

/// <summary>An article after normalisation, boilerplate removal and sentence splitting.</summary>
/// <param name="Removed">Boilerplate lines and sentences that were dropped; kept for tests and diagnostics.</param>
/// <param name="Dateline">Where the first paragraph's wire dateline says it was filed ("Dhaka, Bangladesh"), if it has one.</param>
public sealed record CleanedArticle(
    string Title,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<string> Removed,
    string? Dateline = null);
