namespace AlertBot.Detection.Text;

/// <summary>What the token before a full stop says about whether the full stop ends a sentence.</summary>
internal enum TokenKind
{
    Word,
    MayEnd,
    NeverEnds,
}
