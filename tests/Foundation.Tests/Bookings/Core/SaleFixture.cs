using Platform.Contracts.Events;

namespace Platform.Foundation.Tests.BookingsCore;

// One event on sale with one occurrence and two ticket types (General and VIP), as Events publishes it.
public sealed record SaleFixture(Guid EventId, Guid OrganizationId, Guid OccurrenceId, Guid GeneralId, Guid VipId)
{
    public static readonly DateTimeOffset Tomorrow = DateTimeOffset.UtcNow.AddDays(1);

    public static SaleFixture New() =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());

    public EventSnapshot Snapshot(
        long version = 1,
        string status = "Published",
        int generalCapacity = 50,
        int vipCapacity = 10,
        string title = "Harbour Jazz Night",
        DateTimeOffset? startsAt = null,
        string occurrenceStatus = "Scheduled",
        Func<TicketTypeSnapshot, TicketTypeSnapshot>? general = null,
        Func<TicketTypeSnapshot, TicketTypeSnapshot>? vip = null,
        int holdMinutes = 10)
    {
        var starts = startsAt ?? Tomorrow;
        var generalType = new TicketTypeSnapshot(GeneralId, "General", 25.00m, "EUR", generalCapacity, new Dictionary<Guid, int>(),
            null, null, MinPerOrder: 1, MaxPerOrder: 10, MaxPerCustomer: null);
        var vipType = new TicketTypeSnapshot(VipId, "VIP", 80.00m, "EUR", vipCapacity, new Dictionary<Guid, int>(),
            null, null, MinPerOrder: 1, MaxPerOrder: 4, MaxPerCustomer: 4);
        return new EventSnapshot(
            EventId, OrganizationId, version, status, title, "Music", "The Harbour Room", "1 Quay Street", "Bristol", "GB",
            "Europe/London", holdMinutes, CancellationDeadlineHours: 24, new AttendanceRules(false, false),
            [new OccurrenceSnapshot(OccurrenceId, starts, starts.AddHours(3), occurrenceStatus)],
            [(general ?? (t => t))(generalType), (vip ?? (t => t))(vipType)]);
    }

    public object Order(params (Guid TicketTypeId, int Quantity)[] lines) => new
    {
        occurrenceId = OccurrenceId,
        lines = lines.Select(l => new { ticketTypeId = l.TicketTypeId, quantity = l.Quantity }).ToArray(),
    };
}
