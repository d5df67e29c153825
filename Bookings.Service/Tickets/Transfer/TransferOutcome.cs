using System.ComponentModel;

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
    [Description("Id of the transfer.")] Guid TransferId,
    [Description("Id of the booking the ticket came from.")] Guid BookingId,
    [Description("Id of the old ticket, which no longer admits.")] Guid TicketId,
    [Description("The old ticket's status: transferred.")] string TicketStatus,
    [Description("Email address of the new holder.")] string TransferredTo,
    [Description("When the ticket was transferred.")] DateTimeOffset TransferredAt,
    [Description("Id of the new ticket, whose code is mailed to the new holder only.")] Guid NewTicketId)
{
    public const string TransferredStatus = "transferred";

    public static TicketTransferResult Of(TicketTransfer transfer) => new(
        transfer.Id, transfer.BookingId, transfer.OldTicketId, TransferredStatus, transfer.RecipientEmail, transfer.TransferredAt, transfer.NewTicketId);
}
