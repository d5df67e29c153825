namespace Bookings.Service.Apis;

// Nullable members so a missing value is a 400 naming the field rather than a default silently used.
public sealed record CreateCouponRequest(
    string? Code,
    Guid? EventId,
    string? Kind,
    decimal? Amount,
    string? Currency,
    decimal? MinimumOrder,
    int? MaxRedemptions,
    int? MaxPerCustomer,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    IReadOnlyList<Guid>? TicketTypeIds);

public sealed record CouponDto(
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
    DateTimeOffset? DisabledAt,
    DateTimeOffset CreatedAt);

public sealed record CouponPage(IReadOnlyList<CouponDto> Items, int Page, int PageSize, int TotalCount);

// Status: "active" while the booking holds the discount, "given_back" once it failed, expired or was cancelled.
public sealed record CouponRedemptionDto(
    Guid Id,
    Guid BookingId,
    Guid CustomerId,
    string CustomerEmail,
    decimal Discount,
    string Currency,
    string Status,
    DateTimeOffset RedeemedAt,
    DateTimeOffset? GivenBackAt);

public sealed record CouponRedemptionPage(IReadOnlyList<CouponRedemptionDto> Items, int Page, int PageSize, int TotalCount);
