using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Bookings.Service.Apis;

// Nullable members so a missing value is a 400 naming the field rather than a default silently used.
public sealed record CreateCouponRequest(
    [Required, Description("The code customers type: letters A-Z, digits, '-' or '_'; unique in the organization.")] string? Code,
    [Description("The one event it applies to; left out for every event of the organization.")] Guid? EventId,
    [Required, Description("percent (amount is a percentage) or fixed (amount is money off).")] string? Kind,
    [Required, Description("Percent: 1 to 100. Fixed: money off above 0, with at most 2 decimals.")] decimal? Amount,
    [Description("ISO 4217 code of a fixed amount or of minimumOrder; needed with either.")] string? Currency,
    [Description("The booking's subtotal must reach this amount; no minimum when left out.")] decimal? MinimumOrder,
    [Description("How many bookings may use it in all; no limit when left out.")] int? MaxRedemptions,
    [Description("How many bookings of one customer may use it; no limit when left out.")] int? MaxPerCustomer,
    [Description("It applies from this instant; at once when left out.")] DateTimeOffset? ValidFrom,
    [Description("It applies until this instant; with no end when left out.")] DateTimeOffset? ValidUntil,
    [Description("Only these ticket types are discounted; every ticket type when left out or empty.")] IReadOnlyList<Guid>? TicketTypeIds);

public sealed record CouponDto(
    [Description("Id of the coupon.")] Guid Id,
    [Description("The code customers type.")] string Code,
    [Description("The one event it applies to; null for every event of the organization.")] Guid? EventId,
    [Description("percent or fixed.")] string Kind,
    [Description("Percent: the percentage. Fixed: money off in the currency's minor units.")] decimal Amount,
    [Description("ISO 4217 code of a fixed amount or of minimumOrder.")] string? Currency,
    [Description("Subtotal a booking must reach; null for none.")] decimal? MinimumOrder,
    [Description("How many bookings may use it in all; null for no limit.")] int? MaxRedemptions,
    [Description("How many bookings of one customer may use it; null for no limit.")] int? MaxPerCustomer,
    [Description("It applies from this instant; null from creation.")] DateTimeOffset? ValidFrom,
    [Description("It applies until this instant; null for no end.")] DateTimeOffset? ValidUntil,
    [Description("Ticket types it discounts; empty for every ticket type.")] IReadOnlyList<Guid> TicketTypeIds,
    [Description("How many bookings hold it now (redemptions given back are not counted).")] int Redeemed,
    [Description("active or disabled.")] string Status,
    [Description("When it was disabled; null while active.")] DateTimeOffset? DisabledAt,
    [Description("When it was created.")] DateTimeOffset CreatedAt);

public sealed record CouponPage(
    [Description("This page's coupons, newest first.")] IReadOnlyList<CouponDto> Items,
    int Page,
    int PageSize,
    int TotalCount);

// Status: "active" while the booking holds the discount, "given_back" once it failed, expired or was cancelled.
public sealed record CouponRedemptionDto(
    [Description("Id of the redemption.")] Guid Id,
    [Description("Id of the booking that used the code.")] Guid BookingId,
    [Description("Id of the customer's account.")] Guid CustomerId,
    [Description("The customer's email address.")] string CustomerEmail,
    [Description("Money taken off the booking, in the currency's minor units.")] decimal Discount,
    [Description("ISO 4217 currency code.")] string Currency,
    [Description("active while the booking holds the discount; given_back once it failed, expired or was cancelled.")] string Status,
    [Description("When the booking used the code.")] DateTimeOffset RedeemedAt,
    [Description("When the redemption was given back; null while active.")] DateTimeOffset? GivenBackAt);

public sealed record CouponRedemptionPage(
    [Description("This page's redemptions, newest first.")] IReadOnlyList<CouponRedemptionDto> Items,
    int Page,
    int PageSize,
    int TotalCount);
