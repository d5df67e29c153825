namespace Bookings.Service.Coupons;

// How many live redemptions of one coupon a customer holds; a conditional upsert of this row enforces
// MaxPerCustomer when one customer books twice at once.
public sealed class CouponCustomerRedemptions
{
    public Guid CouponId { get; init; }
    public Guid CustomerId { get; init; }
    public int Redemptions { get; init; }
}
