using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Platform.Contracts.Bookings;

namespace Bookings.Service.Tickets;

// One ticket per admission of a booking being confirmed, added to the caller's DbContext.
public sealed class TicketIssuer(BookingsDbContext db, TicketTokenSigner signer, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<IssuedTicket>> IssueAsync(Booking booking, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var issued = new List<IssuedTicket>();
        foreach (var line in booking.Lines.OrderBy(l => l.TicketTypeId))
        {
            for (var admission = 0; admission < line.Quantity; admission++)
            {
                var ticketId = Guid.CreateVersion7(now);
                var code = TicketCode.New();
                var unsigned = NewTicket(booking, line, ticketId, code, "", now);
                var ticket = NewTicket(booking, line, ticketId, code, await signer.SignAsync(unsigned, cancellationToken), now);
                db.Set<Ticket>().Add(ticket);
                issued.Add(new IssuedTicket(ticket.Id, ticket.TicketTypeId, ticket.TicketTypeName, ticket.Code, ticket.SignedToken));
            }
        }
        return issued;
    }

    static Ticket NewTicket(Booking booking, BookingLine line, Guid id, string code, string token, DateTimeOffset now) => new()
    {
        Id = id,
        BookingId = booking.Id,
        CustomerId = booking.CustomerId,
        OrganizationId = booking.OrganizationId,
        EventId = booking.EventId,
        OccurrenceId = booking.OccurrenceId,
        TicketTypeId = line.TicketTypeId,
        TicketTypeName = line.TicketTypeName,
        HolderName = booking.CustomerName,
        Code = code,
        SignedToken = token,
        IssuedAt = now,
    };
}
