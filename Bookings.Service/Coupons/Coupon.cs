namespace Bookings.Service.Coupons;

// An organizer's discount code, for one event (EventId) or the whole organization. Redeemed counts the
// bookings holding a redemption; only conditional statements change it, so it never passes MaxRedemptions.
public sealed class Coupon
{
    public Guid Id { get; init; }
    public Guid OrganizationId { get; init; }
    public Guid? EventId { get; init; }

    // Upper case: codes are case-insensitive and unique per organization.
    public required string Code { get; init; }
    public required string Kind { get; init; }
    public decimal Amount { get; init; }
    public string? Currency { get; init; }
    public decimal? MinimumOrder { get; init; }
    public int? MaxRedemptions { get; init; }
    public int? MaxPerCustomer { get; init; }
    public DateTimeOffset? ValidFrom { get; init; }
    public DateTimeOffset? ValidUntil { get; init; }

    // Empty: every ticket type; otherwise the discount applies to these lines' amounts only.
    public List<Guid> TicketTypeIds { get; init; } = [];

    public int Redeemed { get; init; }
    public DateTimeOffset? DisabledAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public Guid CreatedBy { get; init; }

    public required string IdempotencyKey { get; init; }
    public required string RequestFingerprint { get; init; }
}
