using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Transfer;

[Collection(BookingPlatformCollection.Name)]
public sealed class TicketTransferRefusalTests(BookingPlatformFixture fixture)
{
    [Fact]
    public async Task Transfer_with_bad_input_is_400_naming_the_field_and_changes_nothing()
    {
        var (ada, booking, ticket, _) = await ConfirmedTicketAsync("Ada Careful");
        var recipient = Customer.New(fixture.Platform, "recipient").Email;

        async Task ExpectFieldAsync(object? body, string field, string? key = "fresh")
        {
            using var response = await ada.PostTransferAsync(booking.Id, ticket.Id, body, key == "fresh" ? Guid.NewGuid().ToString() : key);
            Assert.Contains(field, await TicketTransfers.ErrorFieldsAsync(response));
        }

        await ExpectFieldAsync(new { recipientEmail = recipient }, "idempotencyKey", key: null);
        await ExpectFieldAsync(new { recipientEmail = recipient }, "idempotencyKey", key: new string('k', 101));
        await ExpectFieldAsync(new { recipientName = "Nobody" }, "recipientEmail");
        await ExpectFieldAsync(new { recipientEmail = "   " }, "recipientEmail");
        await ExpectFieldAsync(new { recipientEmail = "not-an-address" }, "recipientEmail");
        await ExpectFieldAsync(new { recipientEmail = $"{recipient}, second@example.test" }, "recipientEmail");
        await ExpectFieldAsync(new { recipientEmail = $"Bea <{recipient}>" }, "recipientEmail");
        await ExpectFieldAsync(new { recipientEmail = $"{new string('a', 320)}@example.test" }, "recipientEmail");
        // Not to oneself, however the address is cased.
        await ExpectFieldAsync(new { recipientEmail = ada.Person.Email.ToUpperInvariant() }, "recipientEmail");
        await ExpectFieldAsync(new { recipientEmail = recipient, recipientName = new string('n', 201) }, "recipientName");
        await ExpectFieldAsync(new { recipientEmail = recipient, recipientName = "Bea\r\nBcc: everyone" }, "recipientName");
        // Unreadable JSON is named by its path.
        using (var garbled = await ada.PostTransferAsync(booking.Id, ticket.Id, """{ "recipientEmail": 42 }""", Guid.NewGuid().ToString()))
            Assert.Equal("$.recipientEmail", (await TicketTransfers.ProblemAsync(garbled, HttpStatusCode.BadRequest)).GetProperty("field").GetString());

        using (var anonymous = await ada.Person.Gateway.PostAsync(TicketTransfers.TransferPath(booking.Id, ticket.Id), null))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var untouched = Assert.Single(await ada.HandedOnTicketsAsync(booking.Id));
        Assert.Equal(("valid", null), (untouched.Status, untouched.TransferredTo));
    }

    [Fact]
    public async Task Another_customers_ticket_or_one_not_of_the_booking_is_404()
    {
        var (ada, booking, ticket, venue) = await ConfirmedTicketAsync("Ada Owner");
        var concert = venue.Event;
        var mallory = await Shopper.SignUpAsync(fixture.Platform, "Mallory Other");
        var recipient = new { recipientEmail = Customer.New(fixture.Platform, "recipient").Email };

        using (var foreign = await mallory.PostTransferAsync(booking.Id, ticket.Id, recipient, Guid.NewGuid().ToString()))
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        using (var unknownTicket = await ada.PostTransferAsync(booking.Id, Guid.NewGuid(), recipient, Guid.NewGuid().ToString()))
            Assert.Equal(HttpStatusCode.NotFound, unknownTicket.StatusCode);
        using (var unknownBooking = await ada.PostTransferAsync(Guid.NewGuid(), ticket.Id, recipient, Guid.NewGuid().ToString()))
            Assert.Equal(HttpStatusCode.NotFound, unknownBooking.StatusCode);

        // Mallory's own confirmed booking does not make Ada's ticket hers.
        var mallorys = await mallory.BuyAsync(concert.OccurrenceId, (concert.Standard, 1));
        using (var mixed = await mallory.PostTransferAsync(mallorys.Id, ticket.Id, recipient, Guid.NewGuid().ToString()))
            Assert.Equal(HttpStatusCode.NotFound, mixed.StatusCode);

        // A booking still awaiting payment has no ticket to hand on.
        var unpaid = await ada.BookAsync(concert.OccurrenceId, (concert.Premium, 1));
        using (var awaiting = await ada.PostTransferAsync(unpaid.Id, Guid.NewGuid(), recipient, Guid.NewGuid().ToString()))
            Assert.Equal(HttpStatusCode.NotFound, awaiting.StatusCode);

        Assert.Equal("valid", Assert.Single(await ada.HandedOnTicketsAsync(booking.Id)).Status);
    }

    [Fact]
    public async Task Admitted_transferred_or_cancelled_tickets_cannot_be_transferred_and_the_answer_says_why()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Pier Theatre");
        var play = await organizer.PublishEventAsync(EventPlan.StartingSoon());
        var door = new Shopper(organizer.Owner, organizer.AccessToken, "Olga Organizer");
        var ada = await Shopper.SignUpAsync(fixture.Platform, "Ada Twice");
        var booking = await ada.BuyAsync(play.OccurrenceId, (play.Standard, 2));
        var tickets = await ada.HandedOnTicketsAsync(booking.Id);
        var bea = Customer.New(fixture.Platform, "recipient");
        var cy = Customer.New(fixture.Platform, "recipient");

        using (var admitted = await door.ScanAsync(play.OccurrenceId, code: tickets[0].Code))
            Assert.True(admitted.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(admitted));
        using (var afterCheckIn = await ada.PostTransferAsync(booking.Id, tickets[0].Id, new { recipientEmail = bea.Email }, Guid.NewGuid().ToString()))
            Assert.Equal("checked_in", await TicketTransfers.ReasonAsync(afterCheckIn, HttpStatusCode.Conflict));

        var first = await ada.TransferAsync(booking.Id, tickets[1].Id, bea.Email);
        // A second transfer of the same ticket, to the same or another person, under a new key.
        using (var twice = await ada.PostTransferAsync(booking.Id, tickets[1].Id, new { recipientEmail = bea.Email }, Guid.NewGuid().ToString()))
            Assert.Equal("already_transferred", await TicketTransfers.ReasonAsync(twice, HttpStatusCode.Conflict));
        using (var elsewhere = await ada.PostTransferAsync(booking.Id, tickets[1].Id, new { recipientEmail = cy.Email }, Guid.NewGuid().ToString()))
            Assert.Equal("already_transferred", await TicketTransfers.ReasonAsync(elsewhere, HttpStatusCode.Conflict));
        // The recipient's ticket is not Ada's to pass on.
        using (var received = await ada.PostTransferAsync(booking.Id, first.NewTicketId, new { recipientEmail = cy.Email }, Guid.NewGuid().ToString()))
            Assert.Equal(HttpStatusCode.NotFound, received.StatusCode);

        // Once the booking is cancelled, nothing of it can be transferred.
        var kim = await Shopper.SignUpAsync(fixture.Platform, "Kim Cancels");
        var kims = await kim.BuyAsync(play.OccurrenceId, (play.Standard, 1));
        var kimsTicket = Assert.Single(await kim.HandedOnTicketsAsync(kims.Id));
        using (var cancelled = await kim.PostAsync($"/api/bookings/{kims.Id}/cancel"))
            Assert.True(cancelled.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(cancelled));
        using (var afterCancel = await kim.PostTransferAsync(kims.Id, kimsTicket.Id, new { recipientEmail = bea.Email }, Guid.NewGuid().ToString()))
            Assert.Equal("not_confirmed", await TicketTransfers.ReasonAsync(afterCancel, HttpStatusCode.Conflict));

        // Only the one transfer happened: one email to Bea, none to Cy.
        Assert.Single(await bea.MailAsync());
        Assert.Empty(Mailbox.To(fixture.Platform.MaildirPath, cy.Email));
    }

    [Fact]
    public async Task Once_the_event_has_started_its_tickets_cannot_be_transferred()
    {
        var (ada, booking, ticket, concert) = await ConfirmedTicketAsync("Ada Latecomer");
        var organizer = concert.Organizer;
        // The organizer moves the date so that it began an hour ago and is still running.
        using (var moved = await organizer.SendAsync(HttpMethod.Post, $"{concert.Event.Id}/occurrences/{concert.Event.OccurrenceId}/move", new
               {
                   startsAt = EventPlan.LocalIn(TimeSpan.FromHours(-1)).ToString("yyyy-MM-dd'T'HH:mm:ss"),
                   endsAt = EventPlan.LocalIn(TimeSpan.FromHours(2)).ToString("yyyy-MM-dd'T'HH:mm:ss"),
               }))
            Assert.True(moved.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(moved));
        await Eventually.Until(async () =>
        {
            using var response = await ada.GetAsync($"/api/bookings/{booking.Id}");
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("startsAt").GetDateTimeOffset();
        }, startsAt => startsAt < DateTimeOffset.UtcNow, "the booking to carry the earlier start");

        using (var late = await ada.PostTransferAsync(booking.Id, ticket.Id, new { recipientEmail = Customer.New(fixture.Platform, "recipient").Email }, Guid.NewGuid().ToString()))
            Assert.Equal("event_started", await TicketTransfers.ReasonAsync(late, HttpStatusCode.Conflict));
        Assert.Equal("valid", Assert.Single(await ada.HandedOnTicketsAsync(booking.Id)).Status);
    }

    async Task<(Shopper Customer, BookingView Booking, HandedOnTicketView Ticket, OnSale Concert)> ConfirmedTicketAsync(string name)
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, $"{name}'s Venue");
        var concert = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 10, PremiumCapacity: 5));
        var customer = await Shopper.SignUpAsync(fixture.Platform, name);
        var booking = await customer.BuyAsync(concert.OccurrenceId, (concert.Standard, 1));
        return (customer, booking, Assert.Single(await customer.HandedOnTicketsAsync(booking.Id)), new OnSale(organizer, concert));
    }

    sealed record OnSale(Organizer Organizer, PublishedEvent Event);
}
