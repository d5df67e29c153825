using Bookings.Service.Infrastructure;
using MassTransit;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Consumers;

public sealed class CancelBookingForOrganizerConsumer(BookingsDbContext db, TimeProvider timeProvider, BookingSaga saga)
    : InboxConsumer<CancelBookingForOrganizer, BookingsDbContext>(db, timeProvider)
{
    protected override Task HandleAsync(ConsumeContext<CancelBookingForOrganizer> context, CancellationToken cancellationToken) =>
        saga.ApplyAsync(context.Message.BookingId, new SagaEvent(SagaTrigger.OrganizerCancelled, context.Message.Reason), cancellationToken);
}
