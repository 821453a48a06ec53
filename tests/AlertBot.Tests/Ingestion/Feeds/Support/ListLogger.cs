using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AlertBot.Tests.Ingestion.Feeds.Support;

/// <summary>Keeps what was logged so tests can assert "logged once", not just "did not crash".</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToList();

    public IReadOnlyList<LogEntry> AtLeast(LogLevel level) => _entries.Where(e => e.Level >= level).ToList();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        _entries.Enqueue(new LogEntry(logLevel, formatter(state, exception), exception));
    }
}
