using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Bookings.Service.Apis;

// Nullable members so a missing value is a 400 naming the field rather than a default silently used.
public sealed record PlaceBookingRequest(
    [Required, Description("The date (occurrence) of the event to book.")] Guid? OccurrenceId,
    [Required, Description("What to book: one line per ticket type.")] IReadOnlyList<PlaceBookingLine>? Lines,
    [Description("A discount code of the organizer; left out for none.")] string? CouponCode = null);

public sealed record PlaceBookingLine(
    [Required, Description("The ticket type to book.")] Guid? TicketTypeId,
    [Required, Description("How many tickets of it, within the ticket type's per-order and per-customer limits.")] int? Quantity);

public sealed record BookingDto(
    [Description("Id of the booking.")] Guid Id,
    [Description("AwaitingPayment (seats held), Confirmed (paid, tickets issued), Failed (payment declined), Expired (hold ran out), Cancelled or Refunded.")] string Status,
    [Description("Why the booking failed, expired or was cancelled; null otherwise.")] string? StatusReason,
    [Description("Id of the event.")] Guid EventId,
    [Description("Id of the booked date (occurrence).")] Guid OccurrenceId,
    [Description("Title of the event.")] string EventTitle,
    [Description("Start of the occurrence, with the venue's offset.")] DateTimeOffset StartsAt,
    [Description("End of the occurrence, with the venue's offset.")] DateTimeOffset EndsAt,
    [Description("IANA time zone id of the venue.")] string TimeZone,
    [Description("Name of the venue.")] string VenueName,
    [Description("Street address of the venue.")] string VenueAddress,
    [Description("City of the venue.")] string City,
    [Description("What was booked, one line per ticket type.")] IReadOnlyList<BookingLineDto> Lines,
    [Description("Sum of the lines, in the currency's minor units.")] decimal Subtotal,
    [Description("What the coupon took off, in the currency's minor units; 0 without a coupon.")] decimal Discount,
    [Description("What is paid: subtotal less discount, in the currency's minor units.")] decimal Total,
    [Description("ISO 4217 currency code.")] string Currency,
    [Description("The coupon code applied, if any.")] string? CouponCode,
    [Description("When the booking was placed, with the venue's offset.")] DateTimeOffset CreatedAt,
    [Description("When the seats are released unless paid, with the venue's offset.")] DateTimeOffset HoldExpiresAt,
    [Description("Last moment the customer may cancel for a refund, with the venue's offset.")] DateTimeOffset? CancellationDeadline,
    [Description("Where and how to pay.")] BookingPaymentDto Payment,
    [Description("The refund of this booking's payment, once one was asked for; null otherwise.")] BookingRefundDto? Refund = null);

public sealed record BookingRefundDto(
    [Description("Requested (on its way), Refunded, or NeedsAPerson (the payment provider refused it; the organizer refunds by hand).")] string Status,
    [Description("Why: cancelled (a cancelled booking) or late-payment (paid after the hold ran out).")] string Reason,
    [Description("When the money was returned.")] DateTimeOffset? RefundedAt,
    [Description("When the payment provider's refusal was final.")] DateTimeOffset? FailedAt,
    [Description("A word for the customer about what happens next.")] string? Note)
{
    public const string Requested = "Requested";
    public const string Refunded = "Refunded";
    public const string NeedsAPerson = "NeedsAPerson";
    public const string NeedsAPersonNote = "The payment provider did not accept the refund; the organizer has been told and will refund you by hand.";
}

public sealed record BookingLineDto(
    [Description("Id of the ticket type.")] Guid TicketTypeId,
    [Description("Name of the ticket type.")] string TicketTypeName,
    [Description("How many tickets of it.")] int Quantity,
    [Description("Price per ticket, in the currency's minor units.")] decimal UnitPrice,
    [Description("Quantity times unit price, in the currency's minor units.")] decimal Amount);

// Where the customer pays: Payments' confirm endpoint for this booking's payment. A booking whose total
// is 0 has nothing to pay (Payments settles it as free and refuses confirm), so it offers no URL but a note.
public sealed record BookingPaymentDto(
    [Description("Id of the booking's payment at Payments.")] Guid PaymentId,
    [Description("Path of Payments' confirm endpoint for this payment; null when there is nothing to pay.")] string? ConfirmUrl,
    [Description("True when the total is 0: the booking is settled without a card.")] bool Free = false,
    [Description("A word for the payer, e.g. that nothing is to be paid.")] string? Note = null,
    [Description("When Payments ended the payment without a charge (the hold ran out or the booking was cancelled first); null otherwise.")] DateTimeOffset? CancelledAt = null)
{
    public const string NothingToPayNote = "Nothing is to be paid: the booking's total is 0, so it is settled without a card.";
}

public sealed record BookingPage(
    [Description("This page's bookings, newest first.")] IReadOnlyList<BookingDto> Items,
    int Page,
    int PageSize,
    int TotalCount);

public sealed record CapacityChangeRequest(
    [Description("The one occurrence to change; left out to change every occurrence.")] Guid? OccurrenceId,
    [Required, Description("New number of seats; not below the seats already held and sold.")] int? Capacity);
