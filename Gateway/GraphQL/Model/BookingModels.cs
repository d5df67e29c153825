namespace Platform.Gateway.GraphQL.Model;

// Bookings' answers about a customer's bookings and tickets, named as in its REST API.
public sealed record Booking(
    Guid Id,
    string Status,
    string? StatusReason,
    Guid EventId,
    Guid OccurrenceId,
    string EventTitle,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string VenueName,
    string City,
    IReadOnlyList<BookingLine> Lines,
    decimal Subtotal,
    decimal Discount,
    decimal Total,
    string Currency,
    string? CouponCode,
    DateTimeOffset CreatedAt,
    DateTimeOffset HoldExpiresAt,
    DateTimeOffset? CancellationDeadline,
    BookingPayment Payment);

public sealed record BookingLine(Guid TicketTypeId, string TicketTypeName, int Quantity, decimal UnitPrice, decimal Amount);

public sealed record BookingPayment(Guid PaymentId, string? ConfirmUrl, bool Free, string? Note);

public sealed record BookingPage(IReadOnlyList<Booking> Items, int Page, int PageSize, int TotalCount);

public sealed record Ticket(
    Guid Id,
    Guid TicketTypeId,
    string TicketTypeName,
    string HolderName,
    string Code,
    string SignedToken,
    string Status,
    DateTimeOffset IssuedAt,
    DateTimeOffset? CheckedInAt,
    string QrCodeUrl,
    string? TransferredTo,
    DateTimeOffset? TransferredAt);

public sealed record BookingCancellation(Guid BookingId, string Status, decimal RefundAmount, string Currency);

public sealed record TicketTransfer(
    Guid TransferId,
    Guid BookingId,
    Guid TicketId,
    string TicketStatus,
    string TransferredTo,
    DateTimeOffset TransferredAt,
    Guid NewTicketId);
