using System.Runtime.CompilerServices;
using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Bookings.Service.Saga.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Consumers;

// Turns one cancelled event or occurrence into one CancelBookingForOrganizer per live booking on it,
// read in pages so a large event never loads every booking at once.
public sealed class OrganizerCancellationFanOut(BookingsDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider, IOptions<SagaOptions> options)
{
    public async Task<int> FanOutAsync(Guid eventId, Guid? occurrenceId, string reason, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var fannedOut = 0;
        await foreach (var page in LiveBookingPagesAsync(eventId, occurrenceId, cancellationToken))
        {
            foreach (var bookingId in page)
                outbox.Add(new CancelBookingForOrganizer(bookingId, reason, now), bookingId.ToString());
            fannedOut += page.Count;
        }
        return fannedOut;
    }

    // Pages continue after the last id read, not after a count of rows: bookings expire and confirm while the
    // pages are read, and an offset would then skip live ones, leaving them paid on a cancelled event.
    public async IAsyncEnumerable<IReadOnlyList<Guid>> LiveBookingPagesAsync(
        Guid eventId, Guid? occurrenceId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pageSize = options.Value.CancellationPageSize;
        Guid? lastRead = null;
        while (true)
        {
            var live = db.Set<Booking>().AsNoTracking()
                .Where(b => b.EventId == eventId && (occurrenceId == null || b.OccurrenceId == occurrenceId))
                .Where(b => b.Saga.CurrentState == nameof(BookingStatus.AwaitingPayment) || b.Saga.CurrentState == nameof(BookingStatus.Confirmed));
            if (lastRead is { } after)
                live = live.Where(b => b.Id.CompareTo(after) > 0);
            var page = await live.OrderBy(b => b.Id).Select(b => b.Id).Take(pageSize).ToListAsync(cancellationToken);
            if (page.Count > 0)
                yield return page;
            if (page.Count < pageSize)
                yield break;
            lastRead = page[^1];
        }
    }
}
