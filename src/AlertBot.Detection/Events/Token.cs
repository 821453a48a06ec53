namespace AlertBot.Detection.Events;

/// <summary>A word or punctuation mark of a sentence, with its span so wording can be cut from the original text.</summary>
/// <param name="Lower">Lower-cased text; punctuation is its own character.</param>
/// <param name="InQuote">Inside quoted speech of several words (not a one- or two-word scare quote).</param>
public readonly record struct Token(string Text, string Lower, int Start, int End, bool IsWord, bool IsCapitalized, bool InQuote)
{
    public bool Is(string lower) => string.Equals(Lower, lower, StringComparison.Ordinal);
}
