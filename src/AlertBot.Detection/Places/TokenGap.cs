namespace AlertBot.Detection.Places;

/// <summary>What separates two words: nothing a name could not span, a sentence boundary, or a line break.</summary>
internal readonly record struct TokenGap(bool Joined, bool SentenceEnds, bool NewLine);
