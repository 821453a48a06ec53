using System.Net;
using Microsoft.Extensions.Options;

namespace AlertBot.Ingestion.Feeds;

/// <summary>
/// GET with the safety feeds need: http/https only, address policy on every connection, redirects followed
/// by hand (limit, loop detection, scheme re-check), one timeout over the whole exchange, and a body cap
/// enforced while streaming because Content-Length can lie or be absent.
/// </summary>
public sealed class FeedHttpClient : IDisposable
{
    private readonly FeedsOptions _options;
    private readonly TimeProvider _clock;
    private readonly HttpClient _client;

    public FeedHttpClient(IOptions<FeedsOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _clock = clock;
        _client = new HttpClient(GuardedConnector.CreateHandler(_options.AllowPrivateAddresses), disposeHandler: true)
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
    }

    public async Task<FetchResult> GetAsync(Uri url, string accept, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                {
                    return FetchResult.Failed($"refused: {current.Scheme} URLs are not fetched");
                }

                if (!visited.Add(current.AbsoluteUri))
                {
                    return FetchResult.Failed($"redirect loop at {UrlRedactor.Redact(current)}");
                }

                using var request = CreateRequest(current, accept, etag, lastModified);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (IsRedirect(response.StatusCode))
                {
                    if (hop >= _options.MaxRedirects)
                    {
                        return FetchResult.Failed($"too many redirects (> {_options.MaxRedirects})");
                    }

                    if (response.Headers.Location is not { } location)
                    {
                        return FetchResult.Failed($"HTTP {(int)response.StatusCode} without a Location header");
                    }

                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    return FetchResult.NotModified(current);
                }

                if (!response.IsSuccessStatusCode)
                {
                    return FetchResult.Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", RetryAfter(response));
                }

                return await ReadBodyAsync(response, current, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed($"timed out after {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Failed(Describe(ex));
        }
        catch (IOException ex)
        {
            return FetchResult.Failed(Describe(ex));
        }
    }

    public void Dispose() => _client.Dispose();

    private HttpRequestMessage CreateRequest(Uri url, string accept, string? etag, string? lastModified)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (!string.IsNullOrEmpty(etag))
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (!string.IsNullOrEmpty(lastModified))
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        return request;
    }

    private async Task<FetchResult> ReadBodyAsync(HttpResponseMessage response, Uri url, CancellationToken cancellationToken)
    {
        var limit = _options.MaxResponseBytes;
        if (response.Content.Headers.ContentLength > limit)
        {
            return FetchResult.Failed($"too large ({response.Content.Headers.ContentLength} bytes > {limit})");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return FetchResult.Failed($"too large (more than {limit} bytes)");
            }

            buffer.Write(chunk, 0, read);
        }

        return new FetchResult(
            FetchStatus.Ok,
            buffer.ToArray(),
            response.Content.Headers.ContentType?.CharSet,
            response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified?.ToString("R"),
            url,
            null,
            null);
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
        {
            return null;
        }

        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - _clock.GetUtcNow() : null;
    }

    private static string Describe(Exception ex)
    {
        // The handler wraps connect-callback failures; the innermost message is the useful one.
        for (var inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is BlockedAddressException)
            {
                return inner.Message;
            }
        }

        return ex.InnerException is { } cause ? $"{ex.Message} ({cause.Message})" : ex.Message;
    }
}
