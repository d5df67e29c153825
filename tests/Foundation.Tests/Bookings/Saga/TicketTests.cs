using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bookings.Service.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Contracts.Bookings;
using Platform.Foundation.Tests.BookingsService;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga;

public sealed class TicketTests(SagaFixture fixture) : IClassFixture<SagaFixture>
{
    BookingsUnderTest Service => fixture.Service;

    [Fact]
    public async Task Customer_lists_the_tickets_of_their_confirmed_booking()
    {
        var scenario = await fixture.ScenarioAsync();
        var customerId = Guid.CreateVersion7();
        var seed = await scenario.ConfirmedAsync(customerId, quantity: 2);
        using var customer = Service.ClientFor(Service.Tokens.AccessToken(customerId, "Grace Hopper"));

        var tickets = await customer.GetFromJsonAsync<JsonElement>($"/api/bookings/{seed.Id}/tickets");

        Assert.Equal(2, tickets.GetArrayLength());
        var confirmed = Assert.Single(Service.Published.Of<BookingConfirmed>(c => c.Booking.BookingId == seed.Id));
        var first = tickets[0];
        Assert.Contains(first.GetProperty("code").GetString(), confirmed.Tickets.Select(t => t.Code));
        Assert.Equal("valid", first.GetProperty("status").GetString());
        Assert.Equal($"/api/bookings/tickets/{first.GetProperty("id").GetGuid()}/qr.png", first.GetProperty("qrCodeUrl").GetString());
    }

    [Fact]
    public async Task Tickets_and_qr_codes_of_another_customer_answer_404_and_anonymous_callers_401()
    {
        var scenario = await fixture.ScenarioAsync();
        var seed = await scenario.ConfirmedAsync(quantity: 1);
        var ticketId = Assert.Single(Service.Published.Of<BookingConfirmed>(c => c.Booking.BookingId == seed.Id)).Tickets.Single().TicketId;
        using var stranger = Service.ClientFor(Service.Tokens.AccessToken(Guid.CreateVersion7(), "Mallory"));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/bookings/{seed.Id}/tickets")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/bookings/tickets/{ticketId}/qr.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/bookings/tickets/{Guid.CreateVersion7()}/qr.png")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Service.Client.GetAsync($"/api/bookings/{seed.Id}/tickets")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Service.Client.GetAsync($"/api/bookings/tickets/{ticketId}/qr.png")).StatusCode);
    }

    [Fact]
    public async Task Qr_png_decodes_to_a_token_that_verifies_offline_with_the_published_key()
    {
        var scenario = await fixture.ScenarioAsync();
        var customerId = Guid.CreateVersion7();
        var seed = await scenario.ConfirmedAsync(customerId, quantity: 1);
        var issued = Assert.Single(Service.Published.Of<BookingConfirmed>(c => c.Booking.BookingId == seed.Id)).Tickets.Single();
        using var customer = Service.ClientFor(Service.Tokens.AccessToken(customerId, "Grace Hopper"));

        using var png = await customer.GetAsync($"/api/bookings/tickets/{issued.TicketId}/qr.png");
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        var token = TicketToken.ReadQr(await png.Content.ReadAsByteArrayAsync());
        Assert.Equal(issued.SignedToken, token);

        // The scanner's side: only the anonymous JWKS, no call back to Bookings per ticket.
        var jwks = new JsonWebKeySet(await Service.Client.GetStringAsync("/api/bookings/tickets/signing-keys"));
        var key = Assert.Single(jwks.Keys);
        Assert.Equal(("EC", "P-256", "ES256"), (key.Kty, key.Crv, key.Alg));
        Assert.Null(key.D);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = TicketTokenClaims.Issuer,
            ValidAudience = TicketTokenClaims.Audience,
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal(issued.TicketId.ToString(), result.Claims["tid"]);
        Assert.Equal(issued.Code, result.Claims["code"]);
        Assert.Equal(scenario.EventId.ToString(), result.Claims["evt"]);
        Assert.Equal(scenario.OccurrenceId.ToString(), result.Claims["occ"]);
        Assert.Equal(scenario.OrganizationId.ToString(), result.Claims["org"]);
        Assert.Equal(scenario.TicketTypeId.ToString(), result.Claims["tt"]);
        Assert.Equal("Grace Hopper", result.Claims["name"]);
        Assert.Equal("ES256", ((JsonWebToken)result.SecurityToken).Alg);

        // A token altered after signing does not verify.
        var parts = token.Split('.');
        var forged = $"{parts[0]}.{Base64UrlEncoder.Encode("{\"tid\":\"" + Guid.CreateVersion7() + "\"}")}.{parts[2]}";
        var forgedResult = await new JsonWebTokenHandler().ValidateTokenAsync(forged, new TokenValidationParameters
        {
            ValidIssuer = TicketTokenClaims.Issuer,
            ValidAudience = TicketTokenClaims.Audience,
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidateLifetime = false,
        });
        Assert.False(forgedResult.IsValid);
    }

    [Fact]
    public async Task Signing_key_is_generated_once_and_kept_in_the_database()
    {
        var first = new JsonWebKeySet(await Service.Client.GetStringAsync("/api/bookings/tickets/signing-keys")).Keys.Single();
        var second = new JsonWebKeySet(await Service.Client.GetStringAsync("/api/bookings/tickets/signing-keys")).Keys.Single();

        var stored = await Service.QueryAsync(db => db.Set<TicketSigningKey>().ToListAsync());
        Assert.Equal(first.Kid, Assert.Single(stored).KeyId);
        Assert.Equal((first.X, first.Y), (second.X, second.Y));
    }
}
