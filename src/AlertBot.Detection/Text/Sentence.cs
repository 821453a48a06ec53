namespace AlertBot.Detection.Text;

/// <summary>One sentence of a cleaned article body.</summary>
/// <param name="Paragraph">0-based index into <see cref="CleanedArticle.Paragraphs"/>.</param>
/// <param name="Index">0-based order of the sentence in the article body.</param>
public sealed record Sentence(string Text, int Paragraph, int Index);
