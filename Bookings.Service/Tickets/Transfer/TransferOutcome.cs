namespace Bookings.Service.Tickets.Transfer;

public abstract record TransferOutcome
{
    // Created is false when the same Idempotency-Key and body came again: the first answer, repeated.
    public sealed record Transferred(TicketTransferResult Result, bool Created) : TransferOutcome;
    public sealed record Refused(string Reason, string Detail) : TransferOutcome;
    public sealed record KeyReused : TransferOutcome;
    public sealed record NotFound : TransferOutcome;
}

// TicketStatus is the old ticket's, "transferred"; the new ticket's code goes to the recipient only.
public sealed record TicketTransferResult(
    Guid TransferId,
    Guid BookingId,
    Guid TicketId,
    string TicketStatus,
    string TransferredTo,
    DateTimeOffset TransferredAt,
    Guid NewTicketId)
{
    public const string TransferredStatus = "transferred";

    public static TicketTransferResult Of(TicketTransfer transfer) => new(
        transfer.Id, transfer.BookingId, transfer.OldTicketId, TransferredStatus, transfer.RecipientEmail, transfer.TransferredAt, transfer.NewTicketId);
}
