namespace Platform.Foundation.Tests.EndToEnd.Booking;

// What a client reads from the gateway, with only the fields these journeys look at.
internal sealed record BookingView(
    Guid Id,
    string Status,
    string? StatusReason,
    Guid EventId,
    Guid OccurrenceId,
    string EventTitle,
    IReadOnlyList<BookingLineView> Lines,
    decimal Total,
    string Currency,
    DateTimeOffset HoldExpiresAt,
    DateTimeOffset? CancellationDeadline,
    BookingPaymentView Payment);

internal sealed record BookingLineView(Guid TicketTypeId, string TicketTypeName, int Quantity, decimal UnitPrice, decimal Amount);

internal sealed record BookingPaymentView(Guid PaymentId, string ConfirmUrl);

internal sealed record BookingPageView(IReadOnlyList<BookingView> Items, int TotalCount);

internal sealed record PaymentView(
    Guid Id,
    Guid BookingId,
    string Status,
    decimal Amount,
    string Currency,
    string? FailureReason,
    PaymentInstructionsView? Instructions,
    IReadOnlyList<RefundView> Refunds)
{
    public override string ToString() => $"{Status} ({FailureReason}) refunds: {string.Join(", ", Refunds)}";
}

internal sealed record PaymentInstructionsView(string Provider, string ConfirmUrl, IReadOnlyList<string> TestCardTokens);

internal sealed record RefundView(decimal Amount, string Currency, string Reason, string Status);

internal sealed record TicketView(
    Guid Id,
    Guid TicketTypeId,
    string TicketTypeName,
    string HolderName,
    string Code,
    string SignedToken,
    string Status,
    DateTimeOffset? CheckedInAt,
    string QrCodeUrl);

internal sealed record AttendanceView(Guid OccurrenceId, IReadOnlyList<TicketTypeAttendanceView> TicketTypes)
{
    public TicketTypeAttendanceView Of(Guid ticketTypeId) => TicketTypes.Single(t => t.TicketTypeId == ticketTypeId);

    public override string ToString() => string.Join("; ", TicketTypes);
}

internal sealed record TicketTypeAttendanceView(Guid TicketTypeId, string? TicketTypeName, int Capacity, int Sold, int Held, int CheckedIn, int Remaining);

// An event on sale: its first occurrence, and the Standard and Premium ticket types every plan has.
internal sealed record PublishedEvent(Guid Id, string Title, IReadOnlyList<Guid> OccurrenceIds, Guid Standard, Guid Premium)
{
    public Guid OccurrenceId => OccurrenceIds[0];
}
