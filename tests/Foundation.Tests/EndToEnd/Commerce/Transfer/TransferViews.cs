namespace Platform.Foundation.Tests.EndToEnd.Commerce.Transfer;

// What the transfer endpoint answers: the old ticket's status and the new ticket's id, never its code.
internal sealed record TransferView(
    Guid TransferId,
    Guid BookingId,
    Guid TicketId,
    string TicketStatus,
    string TransferredTo,
    DateTimeOffset TransferredAt,
    Guid NewTicketId);

// A ticket of the customer's booking as the tickets list shows it, with the transfer fields.
internal sealed record HandedOnTicketView(
    Guid Id,
    string Code,
    string SignedToken,
    string Status,
    string HolderName,
    DateTimeOffset? CheckedInAt,
    string? TransferredTo,
    DateTimeOffset? TransferredAt);
