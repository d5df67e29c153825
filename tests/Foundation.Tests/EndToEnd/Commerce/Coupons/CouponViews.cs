namespace Platform.Foundation.Tests.EndToEnd.Commerce.Coupons;

internal sealed record CouponView(
    Guid Id,
    string Code,
    Guid? EventId,
    string Kind,
    decimal Amount,
    string? Currency,
    decimal? MinimumOrder,
    int? MaxRedemptions,
    int? MaxPerCustomer,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    IReadOnlyList<Guid> TicketTypeIds,
    int Redeemed,
    string Status,
    DateTimeOffset? DisabledAt);

internal sealed record CouponPageView(IReadOnlyList<CouponView> Items, int Page, int PageSize, int TotalCount);

internal sealed record RedemptionView(Guid Id, Guid BookingId, Guid CustomerId, string CustomerEmail, decimal Discount, string Currency, string Status, DateTimeOffset RedeemedAt, DateTimeOffset? GivenBackAt);

internal sealed record RedemptionPageView(IReadOnlyList<RedemptionView> Items, int TotalCount)
{
    public override string ToString() => $"{TotalCount}: {string.Join(", ", Items.Select(r => $"{r.BookingId} {r.Status}"))}";
}

// The money side of a booking as the customer reads it.
internal sealed record PricedBookingView(Guid Id, string Status, decimal Subtotal, decimal Discount, decimal Total, string Currency, string? CouponCode, PricedPaymentView Payment);

internal sealed record PricedPaymentView(Guid PaymentId, string? ConfirmUrl, bool Free, string? Note);
