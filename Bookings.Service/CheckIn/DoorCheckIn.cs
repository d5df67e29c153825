using Bookings.Service.Catalog;
using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Bookings.Service.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.CheckIn;

// Admits a ticket at most once: one conditional UPDATE decides between concurrent scans.
public sealed class DoorCheckIn(BookingsDbContext db, TicketTokenSigner signer, TimeProvider timeProvider)
{
    public abstract record Outcome
    {
        public sealed record Admitted(CheckInResult Result) : Outcome;
        public sealed record AlreadyCheckedIn(Ticket Ticket) : Outcome;
        public sealed record Refused(string Reason, string Detail) : Outcome;
        public sealed record DoorShut(string Reason, DoorWindow Door) : Outcome;
        public sealed record Transferred(DateTimeOffset TransferredAt) : Outcome;
        public sealed record NotFound : Outcome;
    }

    public async Task<Outcome> ScanAsync(CheckInRequest request, Func<Guid, bool> isStaffOf, Guid? scannedBy, CancellationToken cancellationToken)
    {
        Ticket? ticket;
        if (!string.IsNullOrWhiteSpace(request.Token))
        {
            var ticketId = await signer.VerifyAsync(request.Token.Trim(), cancellationToken);
            if (ticketId is null)
                return new Outcome.Refused("invalid_signature", "The ticket's token is not signed by this platform.");
            ticket = await db.Set<Ticket>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == ticketId, cancellationToken);
        }
        else
        {
            var code = request.Code!.Trim();
            ticket = await db.Set<Ticket>().AsNoTracking().SingleOrDefaultAsync(t => t.Code == code, cancellationToken);
        }

        // Another organization's ticket is indistinguishable from no ticket.
        if (ticket is null || !isStaffOf(ticket.OrganizationId))
            return new Outcome.NotFound();
        if (ticket.VoidedAt is not null)
            return Voided();
        if (ticket.TransferredAt is { } transferredAt)
            return new Outcome.Transferred(transferredAt);
        if (ticket.OccurrenceId != request.OccurrenceId)
            return new Outcome.Refused("wrong_occurrence", "The ticket is for another date of this event.");

        var clock = timeProvider.GetUtcNow();
        var door = await DoorOfAsync(ticket, cancellationToken);
        if (door.ShutReason(clock) is { } shut)
            return new Outcome.DoorShut(shut, door);

        // Postgres keeps microseconds: the first scan's answer and a second scan's then name the same instant.
        var now = clock.AddTicks(-(clock.Ticks % TimeSpan.TicksPerMicrosecond));
        var admitted = await db.Set<Ticket>()
            .Where(t => t.Id == ticket.Id && t.CheckedInAt == null && t.VoidedAt == null && t.TransferredAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.CheckedInAt, now).SetProperty(t => t.CheckedInBy, scannedBy), cancellationToken);
        if (admitted == 1)
        {
            return new Outcome.Admitted(new CheckInResult(
                true, new CheckedInTicket(ticket.Id, ticket.Code, ticket.TicketTypeId, ticket.OccurrenceId),
                ticket.HolderName, ticket.TicketTypeName, now));
        }

        var current = await db.Set<Ticket>().AsNoTracking().SingleAsync(t => t.Id == ticket.Id, cancellationToken);
        return current switch
        {
            { VoidedAt: not null } => Voided(),
            // A transfer of the same ticket committed first.
            { TransferredAt: { } transferred } => new Outcome.Transferred(transferred),
            _ => new Outcome.AlreadyCheckedIn(current),
        };
    }

    // The booking keeps its occurrence's current times (a reschedule moves them); the event may set its own hours.
    async Task<DoorWindow> DoorOfAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var times = await db.Set<Booking>().AsNoTracking().Where(b => b.Id == ticket.BookingId)
            .Select(b => new { b.StartsAt, b.EndsAt }).SingleAsync(cancellationToken);
        var opensMinutesBefore = await db.Set<CatalogEvent>().AsNoTracking().Where(e => e.Id == ticket.EventId)
            .Select(e => e.CheckInOpensMinutesBefore).SingleOrDefaultAsync(cancellationToken);
        return DoorWindow.For(times.StartsAt, times.EndsAt, opensMinutesBefore);
    }

    static Outcome.Refused Voided() => new("voided", "The ticket was voided (its booking was cancelled).");
}
