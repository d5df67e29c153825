using System.Threading.Channels;

namespace Notifications.Service.Mail;

// In-process signal from a committed notification to the dispatcher, so mail leaves at once instead
// of at the next poll. Signals coalesce.
public sealed class DeliveryWakeUp
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
