using System.Security.Claims;
using Bookings.Service.Domain;
using Bookings.Service.Saga;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Money;

namespace Bookings.Service.Apis;

// Organizers' list of refunds that need a person. Owner or staff only; anyone else gets 404, as if the
// organization had none to show.
public static class RefundsOrganizerApi
{
    public static IEndpointRouteBuilder MapRefundsOrganizerApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/bookings/organizations/{organizationId:guid}/refunds")
            .WithTags("Refunds")
            .RequireAuthorization(PlatformPolicies.SignedIn)
            .MapGet("/failed", ListFailedAsync)
            .WithName("ListFailedRefunds")
            .WithSummary("Refunds of the organization's bookings that Payments gave up on: each must be made by a person.")
            .WithDescription("Owner or staff of the organization; anyone else gets 404. The oldest failure first, paged with page and pageSize; 400 names a bad paging field. A refund leaves the list once Payments reports the money returned.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    public static async Task<Results<Ok<FailedRefundPage>, NotFound, ValidationProblem>> ListFailedAsync(
        Guid organizationId,
        string? page,
        string? pageSize,
        ClaimsPrincipal user,
        FailedRefunds failedRefunds,
        CancellationToken cancellationToken)
    {
        if (!user.IsMemberOf(organizationId))
            return TypedResults.NotFound();
        if (!PageRequest.TryParse(page, pageSize, out var paging, out var errors))
            return TypedResults.ValidationProblem(errors, title: "The refund query is not valid.");

        var (rows, total) = await failedRefunds.PageAsync(organizationId, paging, cancellationToken);
        return TypedResults.Ok(new FailedRefundPage(
            rows.Select(row => new FailedRefundDto(
                row.Booking.Id, row.Saga.CurrentState, row.Booking.EventId, row.Booking.EventTitle, row.Booking.OccurrenceId,
                VenueClock.InVenueZone(row.Booking.StartsAt, row.Booking.TimeZone), row.Booking.CustomerName, row.Booking.CustomerEmail,
                CurrencyAmounts.Exact(row.Booking.Total, row.Booking.Currency), row.Booking.Currency,
                row.Saga.RefundReason!, row.Saga.RefundFailure!, row.Saga.RefundFailedAt!.Value)).ToList(),
            paging.Page,
            paging.PageSize,
            total));
    }
}
