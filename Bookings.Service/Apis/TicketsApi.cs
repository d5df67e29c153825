using System.Security.Claims;
using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Bookings.Service.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Authentication;

namespace Bookings.Service.Apis;

public static class TicketsApi
{
    public static IEndpointRouteBuilder MapTicketsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bookings").WithTags("Tickets");

        group.MapGet("/tickets/signing-keys", GetSigningKeysAsync)
            .AllowAnonymous()
            .WithName("GetTicketSigningKeys")
            .WithSummary("The public key (JWKS) that verifies ticket tokens offline.")
            .WithDescription("Anyone may read it: a scanner verifies a ticket's token with it without calling the platform, then checks revoked tickets.");
        group.MapGet("/{bookingId:guid}/tickets", GetBookingTicketsAsync)
            .RequireAuthorization(PlatformPolicies.SignedIn)
            .WithName("GetBookingTickets")
            .WithSummary("The tickets of one of the caller's bookings.")
            .WithDescription("Tickets exist once the booking is confirmed (paid); empty before. 404 when the booking is not the caller's.");
        group.MapGet("/tickets/{ticketId:guid}/qr.png", GetQrCodeAsync)
            .RequireAuthorization(PlatformPolicies.SignedIn)
            .WithName("GetTicketQrCode")
            .WithSummary("A PNG QR code holding the ticket's signed token (the ticket's customer only).")
            .WithDescription("404 when the ticket is not the caller's.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png");
        return app;
    }

    public static async Task<Ok<TicketSigningKeySet>> GetSigningKeysAsync(TicketTokenSigner signer, HttpContext http, CancellationToken cancellationToken)
    {
        var jwk = await signer.PublicJwkAsync(cancellationToken);
        http.Response.Headers.CacheControl = "public, max-age=300";
        return TypedResults.Ok(new TicketSigningKeySet([new TicketSigningJwk(jwk.Kty, jwk.Crv, jwk.X, jwk.Y, jwk.Kid, jwk.Use, jwk.Alg)]));
    }

    public static async Task<Results<Ok<IReadOnlyList<TicketDto>>, NotFound>> GetBookingTicketsAsync(
        Guid bookingId, ClaimsPrincipal user, BookingsDbContext db, CancellationToken cancellationToken)
    {
        var customerId = user.UserId();
        if (!await db.Set<Booking>().AnyAsync(b => b.Id == bookingId && b.CustomerId == customerId, cancellationToken))
            return TypedResults.NotFound();
        var tickets = await db.Set<Ticket>().AsNoTracking()
            // A ticket handed on by transfer is its recipient's: the customer sees the old one marked transferred.
            .Where(t => t.BookingId == bookingId && t.TransferredFromTicketId == null)
            .OrderBy(t => t.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<TicketDto>>(tickets.Select(TicketDto.From).ToList());
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> GetQrCodeAsync(
        Guid ticketId, ClaimsPrincipal user, BookingsDbContext db, CancellationToken cancellationToken)
    {
        var customerId = user.UserId();
        var token = await db.Set<Ticket>().AsNoTracking()
            .Where(t => t.Id == ticketId && t.CustomerId == customerId && t.TransferredFromTicketId == null)
            .Select(t => t.SignedToken)
            .SingleOrDefaultAsync(cancellationToken);
        return token is null
            ? TypedResults.NotFound()
            : TypedResults.File(TicketQrCode.Png(token), "image/png", $"ticket-{ticketId}.png");
    }
}
