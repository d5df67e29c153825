using System.ComponentModel;
using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.Tickets.Transfer;

// What an offline scanner cannot know from a token's signature: which validly signed tickets of an
// occurrence no longer admit. Scanners fetch this list before the doors open and refuse these ids.
public sealed class RevokedTickets(BookingsDbContext db)
{
    public const string Transferred = "transferred";
    public const string Voided = "voided";

    public async Task<IReadOnlyList<RevokedTicket>> OfOccurrenceAsync(Guid occurrenceId, CancellationToken cancellationToken)
    {
        var revoked = await db.Set<Ticket>().AsNoTracking()
            .Where(t => t.OccurrenceId == occurrenceId && (t.VoidedAt != null || t.TransferredAt != null))
            .OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.VoidedAt, t.TransferredAt })
            .ToListAsync(cancellationToken);
        return revoked
            .Select(t => t.VoidedAt is { } voidedAt
                ? new RevokedTicket(t.Id, Voided, voidedAt)
                : new RevokedTicket(t.Id, Transferred, t.TransferredAt!.Value))
            .ToList();
    }
}

public sealed record RevokedTicket(
    [Description("Id of the ticket that no longer admits.")] Guid TicketId,
    [Description("transferred or voided.")] string Reason,
    [Description("When it stopped admitting.")] DateTimeOffset RevokedAt);
