namespace AlertBot.Detection.Text;

/// <summary>
/// How many distinct articles of one outlet carried a line. The first two article ids are kept so that a
/// re-fetched or updated article does not count twice towards the repeat threshold.
/// </summary>
internal readonly record struct LineSeen(ulong FirstArticle, ulong SecondArticle, int Articles)
{
    public int ArticlesOtherThan(ulong article) =>
        Articles - (article == FirstArticle || article == SecondArticle ? 1 : 0);

    public LineSeen With(ulong article)
    {
        if (article == FirstArticle || article == SecondArticle)
        {
            return this;
        }

        var count = Articles == int.MaxValue ? Articles : Articles + 1;
        return SecondArticle == 0 ? this with { SecondArticle = article, Articles = count } : this with { Articles = count };
    }

    public static LineSeen First(ulong article) => new(article, 0, 1);
}
