using System.Security.Claims;
using Bookings.Service.Catalog;
using Bookings.Service.Domain;
using Platform.Contracts.Bookings;
using Platform.ServiceDefaults.Authentication;

namespace Bookings.Service.Ordering;

// A booking awaiting payment for some lines of one occurrence, priced and timed from the catalog copy:
// the same whether a customer books directly or claims a waiting-list offer.
public static class NewBooking
{
    public const int DefaultHoldMinutes = 10;

    // One line priced from the catalog copy; its admissions count toward the customer's limit only when the ticket type has one.
    public static BookingLine Line(CatalogTicketType ticketType, int quantity) => new()
    {
        TicketTypeId = ticketType.Id,
        TicketTypeName = ticketType.Name,
        Quantity = quantity,
        UnitPrice = ticketType.Price,
        CountsTowardCustomerLimit = ticketType.MaxPerCustomer is not null,
    };

    // What placement and a waiting-list claim announce, in the transaction that stores the booking.
    public static BookingCreated Announcement(Booking booking, DateTimeOffset now) => new(
        booking.ToParties(), booking.PaymentId,
        booking.Lines.Select(l => new BookingLineInfo(l.TicketTypeId, l.TicketTypeName, l.Quantity, l.UnitPrice)).ToList(),
        booking.Subtotal, booking.Discount, booking.Total, booking.Currency, booking.HoldExpiresAt, now);

    public static Booking For(
        ClaimsPrincipal customer, Guid customerId, CatalogEvent catalogEvent, CatalogOccurrence occurrence,
        List<BookingLine> lines, AppliedCoupon? coupon, TimeSpan? holdOverride,
        string idempotencyKey, string fingerprint, DateTimeOffset now)
    {
        var subtotal = lines.Sum(l => l.UnitPrice * l.Quantity);
        var discount = coupon?.Discount ?? 0m;
        var holdFor = holdOverride ?? TimeSpan.FromMinutes(catalogEvent.HoldMinutes > 0 ? catalogEvent.HoldMinutes : DefaultHoldMinutes);
        var email = customer.Email() ?? "";
        return new Booking
        {
            Id = Guid.CreateVersion7(now),
            CustomerId = customerId,
            CustomerEmail = email,
            CustomerName = customer.DisplayName() is { Length: > 0 } name ? name : email,
            OrganizationId = catalogEvent.OrganizationId,
            EventId = catalogEvent.Id,
            OccurrenceId = occurrence.Id,
            EventTitle = catalogEvent.Title,
            StartsAt = occurrence.StartsAt,
            EndsAt = occurrence.EndsAt,
            TimeZone = catalogEvent.TimeZone,
            VenueName = catalogEvent.VenueName,
            VenueAddress = catalogEvent.VenueAddress,
            City = catalogEvent.City,
            Lines = lines,
            Subtotal = subtotal,
            Discount = discount,
            Total = subtotal - discount,
            CouponId = coupon?.CouponId,
            CouponCode = coupon?.Code,
            Currency = catalogEvent.TicketTypes.Single(t => t.Id == lines[0].TicketTypeId).Currency,
            CreatedAt = now,
            HoldExpiresAt = now + holdFor,
            CancellationDeadline = occurrence.StartsAt - TimeSpan.FromHours(catalogEvent.CancellationDeadlineHours),
            PaymentId = Guid.CreateVersion7(now),
            IdempotencyKey = idempotencyKey,
            RequestFingerprint = fingerprint,
        };
    }
}

public sealed record AppliedCoupon(Guid CouponId, string Code, decimal Discount);
