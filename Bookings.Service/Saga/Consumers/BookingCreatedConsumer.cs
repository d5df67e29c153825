using Bookings.Service.Infrastructure;
using MassTransit;
using Platform.Contracts.Bookings;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Consumers;

// Starts the saga: AwaitingPayment, and asks Payments for the booking's payment.
public sealed class BookingCreatedConsumer(BookingsDbContext db, TimeProvider timeProvider, BookingSaga saga)
    : InboxConsumer<BookingCreated, BookingsDbContext>(db, timeProvider)
{
    protected override Task HandleAsync(ConsumeContext<BookingCreated> context, CancellationToken cancellationToken) =>
        saga.StartAsync(context.Message, cancellationToken);
}
