using System.Security.Claims;
using Bookings.Service.Catalog;
using Platform.ServiceDefaults.Authentication;

namespace Bookings.Service.Ordering.WarmUp;

// A sale and a customer that exist only in memory: a rehearsal books on them and rolls back, so nothing of
// them is ever written.
public sealed record RehearsalSale(ClaimsPrincipal Customer, Guid CustomerId, CatalogEvent Event, CatalogOccurrence Occurrence, CatalogTicketType TicketType)
{
    public static RehearsalSale New(DateTimeOffset now)
    {
        var customerId = Guid.NewGuid();
        var customer = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(PlatformClaims.Subject, customerId.ToString()),
            new Claim(PlatformClaims.Email, "rehearsal@bookings.invalid"),
            new Claim(PlatformClaims.Name, "Rehearsal"),
        ], "rehearsal"));
        var eventId = Guid.NewGuid();
        var occurrence = new CatalogOccurrence
        {
            Id = Guid.NewGuid(), EventId = eventId, StartsAt = now.AddDays(30), EndsAt = now.AddDays(30).AddHours(2), Status = CatalogOccurrence.Scheduled,
        };
        var ticketType = new CatalogTicketType
        {
            Id = Guid.NewGuid(), EventId = eventId, Name = "Rehearsal", Price = 10m, Currency = "EUR", Capacity = 1, MinPerOrder = 1, MaxPerOrder = 1,
        };
        var catalogEvent = new CatalogEvent
        {
            Id = eventId, OrganizationId = Guid.NewGuid(), Status = CatalogEvent.Published, Title = "Rehearsal", VenueName = "Rehearsal",
            VenueAddress = "Rehearsal", City = "Rehearsal", TimeZone = "UTC", HoldMinutes = 10, UpdatedAt = now,
            Occurrences = [occurrence], TicketTypes = [ticketType],
        };
        return new RehearsalSale(customer, customerId, catalogEvent, occurrence, ticketType);
    }

    public OrderRequest Order => new(Occurrence.Id, [new OrderLine(TicketType.Id, 1, 0)]);
}
