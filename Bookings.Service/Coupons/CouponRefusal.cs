using Bookings.Service.Ordering;

namespace Bookings.Service.Coupons;

// Why a code did not apply: Reason is the stable code clients switch on, Message is for people.
public sealed record CouponRefusal(string Reason, string Message)
{
    public const string Unknown = "unknown";
    public const string Disabled = "disabled";
    public const string NotYetValid = "not_yet_valid";
    public const string Expired = "expired";
    public const string NotApplicable = "not_applicable";
    public const string Currency = "currency";
    public const string MinimumOrder = "minimum_order";
    public const string Exhausted = "exhausted";
    public const string CustomerLimit = "customer_limit";

    public static readonly CouponRefusal UnknownCode = new(Unknown, "No coupon with this code exists for this event.");
    public static readonly CouponRefusal DisabledCode = new(Disabled, "This coupon was disabled by the organizer.");
    public static readonly CouponRefusal NoneLeft = new(Exhausted, "This coupon has been used up.");
    public static readonly CouponRefusal CustomerUsedUp = new(CustomerLimit, "You have already used this coupon as often as it allows.");
}

// A booking refused because of its coupon: 422 with errors["couponCode"] and the reason in the extensions.
public sealed record CouponRefused(CouponRefusal Refusal) : PlacementOutcome;
