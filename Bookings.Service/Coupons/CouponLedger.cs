using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.Coupons;

// Takes and gives back redemptions with conditional statements in the caller's transaction. Lock order,
// the same both ways: the customer's count, then the coupon row (after the seat counters).
public sealed class CouponLedger(BookingsDbContext db)
{
    public Task<Coupon?> FindAsync(Guid organizationId, string code, CancellationToken cancellationToken)
    {
        var normalized = CouponDefinition.Normalize(code);
        return db.Set<Coupon>().AsNoTracking()
            .SingleOrDefaultAsync(c => c.OrganizationId == organizationId && c.Code == normalized, cancellationToken);
    }

    // Null when the booking got its redemption; otherwise why not (the caller rolls back).
    public async Task<CouponRefusal?> RedeemAsync(Coupon coupon, Booking booking, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var perCustomer = coupon.MaxPerCustomer ?? int.MaxValue;
        var counted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO coupon_customer_redemptions AS r (coupon_id, customer_id, redemptions)
            VALUES ({coupon.Id}, {booking.CustomerId}, 1)
            ON CONFLICT (coupon_id, customer_id)
            DO UPDATE SET redemptions = r.redemptions + 1 WHERE r.redemptions < {perCustomer}
            """,
            cancellationToken);
        if (counted != 1)
            return CouponRefusal.CustomerUsedUp;

        var taken = await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE coupons SET redeemed = redeemed + 1
            WHERE id = {coupon.Id} AND disabled_at IS NULL AND (max_redemptions IS NULL OR redeemed < max_redemptions)
            """,
            cancellationToken);
        if (taken != 1)
        {
            // Disabled since the caller read it, or used up: the row says which.
            var disabled = await db.Set<Coupon>().AnyAsync(c => c.Id == coupon.Id && c.DisabledAt != null, cancellationToken);
            return disabled ? CouponRefusal.DisabledCode : CouponRefusal.NoneLeft;
        }

        db.Add(new CouponRedemption
        {
            Id = Guid.CreateVersion7(now),
            CouponId = coupon.Id,
            OrganizationId = coupon.OrganizationId,
            BookingId = booking.Id,
            CustomerId = booking.CustomerId,
            CustomerEmail = booking.CustomerEmail,
            Discount = booking.Discount,
            Currency = booking.Currency,
            RedeemedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    // Marks the booking's redemption given back and decrements both counters, once: a replayed step
    // finds the redemption already given back and changes nothing.
    public async Task GiveBackAsync(Booking booking, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (booking.CouponId is not { } couponId)
            return;
        var givenBack = await db.Database.ExecuteSqlAsync(
            $"UPDATE coupon_redemptions SET given_back_at = {now} WHERE booking_id = {booking.Id} AND given_back_at IS NULL",
            cancellationToken);
        if (givenBack != 1)
            return;
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE coupon_customer_redemptions SET redemptions = redemptions - 1
            WHERE coupon_id = {couponId} AND customer_id = {booking.CustomerId} AND redemptions > 0
            """,
            cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"UPDATE coupons SET redeemed = redeemed - 1 WHERE id = {couponId} AND redeemed > 0",
            cancellationToken);
    }
}
