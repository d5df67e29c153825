using System.Collections.Concurrent;

namespace Payments.Service.Confirmation;

// Payments this process is charging right now, so its own recovery never takes them for orphans.
public sealed class InFlightPayments
{
    readonly ConcurrentDictionary<Guid, byte> payments = new();

    public IDisposable Track(Guid paymentId)
    {
        payments[paymentId] = 0;
        return new Release(() => payments.TryRemove(paymentId, out _));
    }

    public bool Contains(Guid paymentId) => payments.ContainsKey(paymentId);

    sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
