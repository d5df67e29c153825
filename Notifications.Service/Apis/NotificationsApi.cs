using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Http;

namespace Notifications.Service.Apis;

public static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications")
            .WithTags("Notifications")
            .RequireAuthorization(PlatformPolicies.SignedIn);

        group.MapGet("/mine", GetMineAsync)
            .WithName("GetMyNotifications")
            .WithSummary("The signed-in user's notifications, newest first.")
            .WithDescription("Mails sent to the caller's account, and to the caller's email address once it is verified (an unverified account never sees mail sent to that address by others). Paged with page and pageSize; 400 names a bad paging field.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    // Matched by user id, and by address only once the caller has proved they own it: an unverified
    // account must not see what was mailed to someone else's address.
    public static async Task<Results<Ok<NotificationPage>, ValidationProblem>> GetMineAsync(
        ClaimsPrincipal user,
        NotificationsDbContext db,
        string? page,
        string? pageSize,
        CancellationToken cancellationToken)
    {
        if (!PageRequest.TryParse(page, pageSize, out var paging, out var errors))
            return TypedResults.ValidationProblem(errors);

        var userId = user.UserId();
        var email = user.EmailVerified() ? user.Email()?.ToLowerInvariant() : null;
        var mine = db.Notifications.AsNoTracking()
            .Where(n => (userId != null && n.UserId == userId) || (email != null && n.RecipientEmail.ToLower() == email));

        var (items, total) = await mine
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new { n.Id, n.Kind, n.Subject, n.RecipientEmail, n.Status, n.Attempts, n.CreatedAt, n.SentAt })
            .ReadPageAsync(paging, cancellationToken);
        var summaries = items
            .Select(n => new NotificationSummary(n.Id, n.Kind.ToString(), n.Subject, n.RecipientEmail, n.Status.ToString(), n.Attempts, n.CreatedAt, n.SentAt))
            .ToList();
        return TypedResults.Ok(new NotificationPage(summaries, paging.Page, paging.PageSize, total));
    }
}
