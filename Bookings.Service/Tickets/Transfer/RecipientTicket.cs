namespace Bookings.Service.Tickets.Transfer;

// The ticket a transfer issues: same booking, occurrence and type as the old one, a new code and a new
// signed token naming the recipient. Signed before the transaction so no row stays locked while it is made.
public sealed class RecipientTicket(TicketTokenSigner signer)
{
    public async Task<Ticket> IssueAsync(Ticket old, TicketTransferOrder order, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7(now);
        var code = TicketCode.New();
        var token = await signer.SignAsync(For(old, order, id, code, "", now), cancellationToken);
        return For(old, order, id, code, token, now);
    }

    static Ticket For(Ticket old, TicketTransferOrder order, Guid id, string code, string token, DateTimeOffset now) => new()
    {
        Id = id,
        BookingId = old.BookingId,
        CustomerId = old.CustomerId,
        OrganizationId = old.OrganizationId,
        EventId = old.EventId,
        OccurrenceId = old.OccurrenceId,
        TicketTypeId = old.TicketTypeId,
        TicketTypeName = old.TicketTypeName,
        HolderName = order.RecipientName,
        HolderEmail = order.RecipientEmail,
        TransferredFromTicketId = old.Id,
        Code = code,
        SignedToken = token,
        IssuedAt = now,
    };
}
