using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Consumers;

// Turns one cancelled event or occurrence into one CancelBookingForOrganizer per live booking on it,
// read in pages so a large event never loads every booking at once.
public sealed class OrganizerCancellationFanOut(BookingsDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    const int PageSize = 500;

    public async Task<int> FanOutAsync(Guid eventId, Guid? occurrenceId, string reason, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var fannedOut = 0;
        while (true)
        {
            var page = await db.Set<Booking>().AsNoTracking()
                .Where(b => b.EventId == eventId && (occurrenceId == null || b.OccurrenceId == occurrenceId))
                .Where(b => b.Status == BookingStatus.AwaitingPayment || b.Status == BookingStatus.Confirmed)
                .OrderBy(b => b.Id)
                .Skip(fannedOut)
                .Select(b => b.Id)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            foreach (var bookingId in page)
                outbox.Add(new CancelBookingForOrganizer(bookingId, reason, now), bookingId.ToString());
            fannedOut += page.Count;
            if (page.Count < PageSize)
                return fannedOut;
        }
    }
}
