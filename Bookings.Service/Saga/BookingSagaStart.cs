using Bookings.Service.Domain;
using Bookings.Service.Saga.Messages;
using Bookings.Service.Saga.Scheduling;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga;

// The saga's start, written by placement (or a waiting-list claim) in the transaction that holds the
// seats: the booking's row in AwaitingPayment, the hold's expiry due, and RequestPayment in the outbox.
// Every hold has its expiry from the moment it exists, even while the broker is down, and the payment is
// asked for without waiting for BookingCreated to come back from the broker.
public sealed class BookingSagaStart(IIntegrationEventOutbox outbox, DueMessages dueMessages, IOptions<SagaOptions> options)
{
    public void Begin(Booking booking, DateTimeOffset now)
    {
        booking.Saga = new BookingState
        {
            CorrelationId = booking.Id,
            CurrentState = nameof(BookingStatus.AwaitingPayment),
            Version = 1,
            PaymentId = booking.PaymentId,
            HoldExpiresAt = booking.HoldExpiresAt,
            HoldExpiryTokenId = dueMessages.Schedule(new BookingHoldExpired(booking.Id, booking.HoldExpiresAt), booking.HoldExpiresAt + options.Value.PaymentGrace),
            CreatedAt = booking.CreatedAt,
            UpdatedAt = now,
        };
        outbox.Add(PaymentRequest.For(booking, now));
    }
}
