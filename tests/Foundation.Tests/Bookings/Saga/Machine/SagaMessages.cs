using Bookings.Service.Saga.Messages;
using Platform.Contracts.Bookings;
using Platform.Contracts.Payments;

namespace Platform.Foundation.Tests.BookingsSaga.Machine;

// One message for each event of the booking saga, by the event's name in BookingStateMachine.
public static class SagaMessages
{
    public const decimal Amount = 120m;

    public static readonly string[] Events =
        ["Placed", "PaymentSucceeded", "PaymentFailed", "PaymentRefunded", "RefundFailed", "PaymentCancelled", "HoldExpired", "CustomerCancelled", "OrganizerCancelled"];

    public static object For(string @event, Guid bookingId)
    {
        var now = DateTimeOffset.UtcNow;
        return @event switch
        {
            "Placed" => new BookingCreated(Parties(bookingId), Guid.CreateVersion7(), [], Amount, 0m, Amount, "NOK", now.AddMinutes(10), now),
            "PaymentSucceeded" => new PaymentSucceeded(Guid.CreateVersion7(), bookingId, Amount, "NOK", "Simulated", now),
            "PaymentFailed" => new PaymentFailed(Guid.CreateVersion7(), bookingId, "card_declined", "The card was declined.", now),
            "PaymentRefunded" => new PaymentRefunded(Guid.CreateVersion7(), bookingId, Guid.CreateVersion7(), Amount, "NOK", "refund", now),
            "RefundFailed" => new RefundFailed(Guid.CreateVersion7(), bookingId, "provider_unavailable", now),
            "PaymentCancelled" => new PaymentCancelled(Guid.CreateVersion7(), bookingId, now),
            "HoldExpired" => new BookingHoldExpired(bookingId, now),
            "CustomerCancelled" => new CancelBookingForCustomer(bookingId, "cancelled by customer", now),
            "OrganizerCancelled" => new CancelBookingForOrganizer(bookingId, "The event was cancelled.", now),
            _ => throw new ArgumentOutOfRangeException(nameof(@event), @event, "Not an event of the booking saga."),
        };
    }

    static BookingParties Parties(Guid bookingId) => new(
        bookingId, Guid.CreateVersion7(), "buyer@example.com", "Buyer", Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(),
        "Concert", DateTimeOffset.UtcNow.AddDays(7), DateTimeOffset.UtcNow.AddDays(7).AddHours(2), "Europe/Oslo", "Hall", "Street 1", "Oslo");
}
