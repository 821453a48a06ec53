using Microsoft.Extensions.Logging;

namespace AlertBot.Tests.Ingestion.Feeds.Support;

public sealed record LogEntry(LogLevel Level, string Message, Exception? Exception);
