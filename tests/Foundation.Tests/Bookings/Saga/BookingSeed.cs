using Bookings.Service.Domain;
using Bookings.Service.Inventory;
using Platform.Contracts.Bookings;
using Platform.Foundation.Tests.BookingsService;

namespace Platform.Foundation.Tests.BookingsSaga;

// Plays bookings-core's part: a booking with its seats held, as POST /api/bookings leaves it (SagaScenario
// starts its saga), and the BookingCreated it publishes.
public sealed record BookingSeed(Booking Booking)
{
    public Guid Id => Booking.Id;
    public Guid OccurrenceId => Booking.OccurrenceId;
    public Guid TicketTypeId => Booking.Lines[0].TicketTypeId;

    public static Booking NewBooking(
        Guid customerId, Guid organizationId, Guid eventId, Guid occurrenceId, Guid ticketTypeId, int quantity,
        TimeSpan holdFor, DateTimeOffset? cancellationDeadline = null, string customerName = "Grace Hopper", TimeSpan? startsIn = null)
    {
        // Whole milliseconds, so values read back from Postgres (microseconds) compare equal.
        var now = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var line = new BookingLine { TicketTypeId = ticketTypeId, TicketTypeName = "Standing", Quantity = quantity, UnitPrice = 25m };
        return new Booking
        {
            Id = Guid.CreateVersion7(),
            CustomerId = customerId,
            CustomerEmail = $"{customerId:N}@example.com",
            CustomerName = customerName,
            OrganizationId = organizationId,
            EventId = eventId,
            OccurrenceId = occurrenceId,
            EventTitle = "Harbour Jazz Night",
            StartsAt = now + (startsIn ?? TimeSpan.FromDays(10)),
            EndsAt = now + (startsIn ?? TimeSpan.FromDays(10)) + TimeSpan.FromHours(3),
            TimeZone = "Europe/Oslo",
            VenueName = "Harbour Hall",
            VenueAddress = "Kaigata 1",
            City = "Bergen",
            Lines = [line],
            Subtotal = 25m * quantity,
            Discount = 0m,
            Total = 25m * quantity,
            Currency = "NOK",
            CreatedAt = now,
            HoldExpiresAt = now + holdFor,
            CancellationDeadline = cancellationDeadline ?? now.AddDays(9),
            PaymentId = Guid.CreateVersion7(),
            IdempotencyKey = Guid.NewGuid().ToString("N"),
            RequestFingerprint = "seeded",
        };
    }

    public BookingCreated Created() => new(
        Booking.ToParties(), Booking.PaymentId,
        Booking.Lines.Select(l => new BookingLineInfo(l.TicketTypeId, l.TicketTypeName, l.Quantity, l.UnitPrice)).ToList(),
        Booking.Subtotal, Booking.Discount, Booking.Total, Booking.Currency, Booking.HoldExpiresAt, Booking.CreatedAt);
}
