namespace AlertBot.Ingestion.Feeds;

public sealed class FeedsOptions
{
    public const string Section = "Feeds";

    public List<FeedSourceOptions> Sources { get; set; } = [];

    /// <summary>Whole request, redirects and body included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    public long MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    public int MaxRedirects { get; set; } = 5;

    public string UserAgent { get; set; } = "AlertBot/1.0 (news alert bot; feed reader)";

    /// <summary>Items published longer ago than this are stored but never alert (catch-up after downtime).</summary>
    public TimeSpan MaxItemAge { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Only for tests and trusted networks: allows loopback, private and link-local targets.</summary>
    public bool AllowPrivateAddresses { get; set; }

    public int UnhealthyAfterFailures { get; set; } = 5;

    /// <summary>How often an unhealthy feed is still tried.</summary>
    public TimeSpan UnhealthyRetryInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Cap of the exponential backoff between failed polls of a feed that is not yet unhealthy.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(30);
}
