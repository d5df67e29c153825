namespace Bookings.Service.CheckIn;

// The door of one occurrence: open from a set time before it starts (the event's setting, six hours by
// default) until it ends. A scan outside it admits nobody, so a ticket cannot be used up days early.
public sealed record DoorWindow(DateTimeOffset OpensAt, DateTimeOffset ClosesAt)
{
    public static readonly TimeSpan DefaultOpensBefore = TimeSpan.FromHours(6);

    public static DoorWindow For(DateTimeOffset startsAt, DateTimeOffset endsAt, int? opensMinutesBefore) =>
        new(startsAt - (opensMinutesBefore is { } minutes ? TimeSpan.FromMinutes(minutes) : DefaultOpensBefore), endsAt);

    // Null while the door is open; otherwise why it is shut.
    public string? ShutReason(DateTimeOffset now) =>
        now < OpensAt ? "not_open_yet" : now >= ClosesAt ? "occurrence_ended" : null;
}
