using System.Threading.Channels;

namespace Platform.ServiceDefaults.Background;

// In-process signal that wakes a polling background worker at once instead of at its next poll.
// Signals coalesce: many writes before one wait wake it once.
public abstract class WakeUpSignal
{
    readonly Channel<bool> signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Signal() => signals.Writer.TryWrite(true);

    // Returns when signalled or after the timeout; throws only when stopping.
    public async Task WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken stopping)
    {
        using var timer = new CancellationTokenSource(timeout, timeProvider);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, stopping);
        try
        {
            await signals.Reader.WaitToReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
        }
        stopping.ThrowIfCancellationRequested();
        signals.Reader.TryRead(out _);
    }
}
