namespace Bookings.Service.WaitingList;

public static class WaitingListClock
{
    // Postgres keeps microseconds: an answer and a later read then agree.
    public static DateTimeOffset Now(TimeProvider time)
    {
        var clock = time.GetUtcNow();
        return clock.AddTicks(-(clock.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
