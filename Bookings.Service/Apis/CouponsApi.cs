using System.Security.Claims;
using Bookings.Service.Coupons;
using Bookings.Service.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Http;

namespace Bookings.Service.Apis;

// Organizers' coupons. Owner or staff of the organization only; anyone else gets 404, as if it did not exist.
public static class CouponsApi
{
    public static IEndpointRouteBuilder MapCouponsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bookings/organizations/{organizationId:guid}/coupons")
            .WithTags("Coupons")
            .RequireAuthorization(PlatformPolicies.SignedIn);

        group.MapPost("/", CreateAsync)
            .WithName("CreateCoupon")
            .WithSummary("Creates a discount code for one event or the whole organization; the same Idempotency-Key and body return the same coupon.")
            .WithDescription("Owner or staff of the organization. 400 names the field at fault; 404 when the caller is not a member or the event is not the organization's; 409 when the code exists in the organization or the key was used with another body.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListAsync)
            .WithName("ListCoupons")
            .WithSummary("The organization's coupons, newest first.")
            .WithDescription("Owner or staff of the organization; anyone else gets 404. Paged with page and pageSize.");
        group.MapGet("/{couponId:guid}", GetAsync)
            .WithName("GetCoupon")
            .WithSummary("One coupon with its redemption count.")
            .WithDescription("Owner or staff of the organization; 404 for anyone else or an unknown coupon.");
        group.MapPost("/{couponId:guid}/disable", DisableAsync)
            .WithName("DisableCoupon")
            .WithSummary("Stops the code from applying to new bookings; redemptions already taken stay.")
            .WithDescription("Owner or staff of the organization; 404 for anyone else or an unknown coupon. Disabling twice changes nothing.");
        group.MapGet("/{couponId:guid}/redemptions", RedemptionsAsync)
            .WithName("ListCouponRedemptions")
            .WithSummary("Who used the code, on which booking, for how much, and whether it was given back; newest first.")
            .WithDescription("Owner or staff of the organization; 404 for anyone else or an unknown coupon. Paged with page and pageSize.");
        return app;
    }

    public static async Task<Results<Created<CouponDto>, Ok<CouponDto>, NotFound, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid organizationId,
        [FromHeader(Name = BookingsApi.IdempotencyKeyHeader)] string? idempotencyKey,
        CreateCouponRequest? request,
        ClaimsPrincipal user,
        CouponIssuer issuer,
        CancellationToken cancellationToken)
    {
        if (!user.IsMemberOf(organizationId))
            return TypedResults.NotFound();
        CouponDefinition.TryRead(request, out var definition, out var errors);
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 100)
            errors["idempotencyKey"] = ["The Idempotency-Key header is required: 1 to 100 characters."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "The coupon is not valid.");

        return await issuer.IssueAsync(organizationId, user.UserId()!.Value, idempotencyKey!, definition, cancellationToken) switch
        {
            CouponIssuer.Outcome.Issued { Created: true } issued =>
                TypedResults.Created($"/api/bookings/organizations/{organizationId}/coupons/{issued.Coupon.Id}", issued.Coupon.ToDto()),
            CouponIssuer.Outcome.Issued issued => TypedResults.Ok(issued.Coupon.ToDto()),
            CouponIssuer.Outcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: "The coupon is not valid."),
            CouponIssuer.Outcome.DuplicateCode duplicate => TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "This code already exists.",
                Detail = $"The organization already has a coupon {duplicate.Code}; codes are case-insensitive.",
                Extensions = { ["code"] = duplicate.Code },
            }),
            CouponIssuer.Outcome.KeyReused => TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["idempotencyKey"] = ["This Idempotency-Key was already used with a different coupon; use a new key for a new coupon."],
            })
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The Idempotency-Key was already used with another request.",
            }),
            var other => throw new InvalidOperationException($"Unexpected coupon outcome {other}."),
        };
    }

    public static async Task<Results<Ok<CouponPage>, NotFound, ValidationProblem>> ListAsync(
        Guid organizationId,
        string? page,
        string? pageSize,
        ClaimsPrincipal user,
        BookingsDbContext db,
        CancellationToken cancellationToken)
    {
        if (!user.IsMemberOf(organizationId))
            return TypedResults.NotFound();
        if (!PageRequest.TryParse(page, pageSize, out var paging, out var errors))
            return TypedResults.ValidationProblem(errors);

        var coupons = db.Set<Coupon>().AsNoTracking().Where(c => c.OrganizationId == organizationId);
        var (items, total) = await coupons
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .ReadPageAsync(paging, cancellationToken);
        return TypedResults.Ok(new CouponPage(items.Select(c => c.ToDto()).ToList(), paging.Page, paging.PageSize, total));
    }

    public static async Task<Results<Ok<CouponDto>, NotFound>> GetAsync(
        Guid organizationId,
        Guid couponId,
        ClaimsPrincipal user,
        BookingsDbContext db,
        CancellationToken cancellationToken)
    {
        if (!user.IsMemberOf(organizationId))
            return TypedResults.NotFound();
        var coupon = await db.Set<Coupon>().AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == couponId && c.OrganizationId == organizationId, cancellationToken);
        return coupon is null ? TypedResults.NotFound() : TypedResults.Ok(coupon.ToDto());
    }

    public static async Task<Results<Ok<CouponDto>, NotFound>> DisableAsync(
        Guid organizationId,
        Guid couponId,
        ClaimsPrincipal user,
        CouponIssuer issuer,
        CancellationToken cancellationToken)
    {
        if (!user.IsMemberOf(organizationId))
            return TypedResults.NotFound();
        var coupon = await issuer.DisableAsync(organizationId, couponId, cancellationToken);
        return coupon is null ? TypedResults.NotFound() : TypedResults.Ok(coupon.ToDto());
    }

    public static async Task<Results<Ok<CouponRedemptionPage>, NotFound, ValidationProblem>> RedemptionsAsync(
        Guid organizationId,
        Guid couponId,
        string? page,
        string? pageSize,
        ClaimsPrincipal user,
        BookingsDbContext db,
        CancellationToken cancellationToken)
    {
        if (!user.IsMemberOf(organizationId))
            return TypedResults.NotFound();
        if (!PageRequest.TryParse(page, pageSize, out var paging, out var errors))
            return TypedResults.ValidationProblem(errors);
        if (!await db.Set<Coupon>().AnyAsync(c => c.Id == couponId && c.OrganizationId == organizationId, cancellationToken))
            return TypedResults.NotFound();

        var redemptions = db.Set<CouponRedemption>().AsNoTracking().Where(r => r.CouponId == couponId && r.OrganizationId == organizationId);
        var (items, total) = await redemptions
            .OrderByDescending(r => r.RedeemedAt).ThenByDescending(r => r.Id)
            .ReadPageAsync(paging, cancellationToken);
        return TypedResults.Ok(new CouponRedemptionPage(items.Select(r => r.ToDto()).ToList(), paging.Page, paging.PageSize, total));
    }
}
