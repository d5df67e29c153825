namespace Bookings.Service.Signals;

// What this instance remembers (catalog, sold-out ticket types) may only be used while it hears every
// other instance's signals: before the listener is connected, and after it lost its connection, each
// request asks the database.
public sealed class MemoryTrust
{
    volatile bool listening;

    public bool Trusted => listening;

    public void Listening() => listening = true;

    public void Deaf() => listening = false;
}
