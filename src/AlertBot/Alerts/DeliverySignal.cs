namespace AlertBot.Alerts;

/// <summary>Wakes the delivery loop as soon as the outbox has work, instead of waiting for its next poll.</summary>
public sealed class DeliverySignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        // One pending wake-up is enough: the loop drains everything due when it wakes.
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
