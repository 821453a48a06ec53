namespace AlertBot.Ingestion;

public sealed class InboxOptions
{
    public const string Section = "Inbox";

    /// <summary>Folder watched for article files (.txt, .md, .html, .htm, .json); created if missing.</summary>
    public string Path { get; set; } = "inbox";

    /// <summary>Full rescan period: file-system events get lost, the rescan catches whatever they missed.</summary>
    public int RescanSeconds { get; set; } = 30;

    /// <summary>A file must keep the same size and time this long before it is read (still being written otherwise).</summary>
    public int SettleMilliseconds { get; set; } = 1000;

    /// <summary>Larger files are quarantined unread.</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;
}
