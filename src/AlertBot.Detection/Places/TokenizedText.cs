namespace AlertBot.Detection.Places;

/// <summary>
/// A text split into words once. Folded forms are laid out in one string separated by single spaces,
/// so the key of a run of joined words is a slice of <see cref="Folded"/> and costs no allocation.
/// </summary>
internal sealed class TokenizedText(string text, string folded, PlaceToken[] tokens)
{
    public string Text { get; } = text;

    public string Folded { get; } = folded;

    public PlaceToken[] Tokens { get; } = tokens;

    public ReadOnlySpan<char> Fold(int token) => Folded.AsSpan(Tokens[token].FoldStart, Tokens[token].FoldLength);

    /// <summary>Folded key of <paramref name="count"/> words starting at <paramref name="first"/>.</summary>
    public ReadOnlySpan<char> Fold(int first, int count)
    {
        var last = Tokens[first + count - 1];
        return Folded.AsSpan(Tokens[first].FoldStart, last.FoldStart + last.FoldLength - Tokens[first].FoldStart);
    }

    public ReadOnlySpan<char> Surface(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);
}
