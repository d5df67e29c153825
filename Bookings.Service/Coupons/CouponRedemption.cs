namespace Bookings.Service.Coupons;

// One booking's use of a coupon. GivenBackAt is set once, when the booking fails, expires or is cancelled,
// in the same transaction that decrements the coupon's counters.
public sealed class CouponRedemption
{
    public Guid Id { get; init; }
    public Guid CouponId { get; init; }
    public Guid OrganizationId { get; init; }
    public Guid BookingId { get; init; }
    public Guid CustomerId { get; init; }
    public required string CustomerEmail { get; init; }
    public decimal Discount { get; init; }
    public required string Currency { get; init; }
    public DateTimeOffset RedeemedAt { get; init; }
    public DateTimeOffset? GivenBackAt { get; init; }
}
