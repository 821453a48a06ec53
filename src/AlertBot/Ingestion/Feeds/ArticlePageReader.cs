using Microsoft.Extensions.Logging;

namespace AlertBot.Ingestion.Feeds;

/// <summary>Fetches an item's page with the same guarded client and extracts its text; null → use the feed's text.</summary>
public sealed class ArticlePageReader(FeedHttpClient http, ILogger<ArticlePageReader> logger)
{
    /// <summary>Below this the extractor probably found a teaser or a consent wall, not the article.</summary>
    private const int MinArticleChars = 200;

    private const string HtmlAccept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";

    public async Task<string?> ReadAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var fetch = await http.GetAsync(url, HtmlAccept, null, null, cancellationToken);
        if (fetch.Status != FetchStatus.Ok)
        {
            logger.LogDebug("Full text of {Url} not fetched: {Error}", UrlRedactor.Redact(url), fetch.Error ?? fetch.Status.ToString());
            return null;
        }

        var text = FullTextExtractor.Extract(FeedTextDecoder.Decode(fetch.Body, fetch.Charset ?? HtmlCharset.Sniff(fetch.Body)));
        if (text.Length < MinArticleChars)
        {
            logger.LogDebug("Full text of {Url} too short ({Length} chars); using the feed's description", UrlRedactor.Redact(url), text.Length);
            return null;
        }

        return text;
    }
}
