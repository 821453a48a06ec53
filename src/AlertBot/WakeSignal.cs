namespace AlertBot;

/// <summary>
/// Wakes a loop as soon as it has work instead of at its next poll: the delivery loop when the outbox fills,
/// the inbox watcher when a file changes. Many wake-ups before the loop runs count as one.
/// </summary>
public sealed class WakeSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        // One pending wake-up is enough: the loop handles everything waiting when it wakes.
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _pending.WaitAsync(timeout, cancellationToken);
}
