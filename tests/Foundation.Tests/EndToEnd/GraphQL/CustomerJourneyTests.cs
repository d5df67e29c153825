using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.GraphQL;

[Collection(GraphQLPlatformCollection.Name)]
public sealed class CustomerJourneyTests(GraphQLPlatformFixture fixture)
{
    [Fact]
    public async Task A_customer_books_pays_and_reads_tickets_bookings_and_mail_in_graphql_only()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Graph Hall");
        var concert = await organizer.PublishEventAsync();
        var shopper = await Shopper.SignUpAsync(fixture.Platform, "Gina Graph");
        var me = new GraphQLCaller(fixture.Platform, shopper.AccessToken);
        var key = Guid.NewGuid().ToString();

        var placed = await me.PlaceAsync(concert.OccurrenceId, concert.Standard, 2, key);
        var replayed = await me.PlaceAsync(concert.OccurrenceId, concert.Standard, 2, key);
        var paid = await me.PayAsync(placed, "tok_success");
        var bookingId = placed.GetProperty("id").GetGuid();
        var confirmed = await me.WaitForStatusAsync(bookingId, "Confirmed");

        Assert.Equal(("AwaitingPayment", 2 * EventPlan.StandardPrice, "EUR"),
            (placed.GetProperty("status").GetString(), placed.GetProperty("total").GetDecimal(), placed.GetProperty("currency").GetString()));
        Assert.Equal(bookingId, replayed.GetProperty("id").GetGuid());
        Assert.Equal("Succeeded", paid.Data.GetProperty("confirmPayment").GetProperty("status").GetString());
        Assert.Equal(concert.Title, confirmed.GetProperty("event").GetProperty("title").GetString());
        var tickets = confirmed.GetProperty("tickets").EnumerateArray().ToList();
        Assert.Equal(2, tickets.Count);
        Assert.All(tickets, t => Assert.Equal(("valid", "Gina Graph"), (t.GetProperty("status").GetString(), t.GetProperty("holderName").GetString())));

        var mine = await Eventually.Until(() => me.DataAsync("""
            {
              me {
                email displayName
                bookings(first: 5) { totalCount edges { node { id status event { title } } } }
                tickets { code status }
                notifications(first: 10) { totalCount edges { node { kind subject } } }
              }
            }
            """), data => data.GetProperty("me").GetProperty("notifications").GetProperty("totalCount").GetInt32() >= 2,
            "the welcome and tickets emails in me.notifications", TimeSpan.FromSeconds(45));
        var profile = mine.GetProperty("me");
        Assert.Equal(shopper.Person.Email, profile.GetProperty("email").GetString());
        var booking = Assert.Single(profile.GetProperty("bookings").GetProperty("edges").EnumerateArray()).GetProperty("node");
        Assert.Equal((bookingId, "Confirmed"), (booking.GetProperty("id").GetGuid(), booking.GetProperty("status").GetString()));
        Assert.Equal(tickets.Select(t => t.GetProperty("code").GetString()).Order(),
            profile.GetProperty("tickets").EnumerateArray().Select(t => t.GetProperty("code").GetString()).Order());
    }

    [Fact]
    public async Task A_customer_transfers_a_ticket_and_cancels_another_booking()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Transfer Theatre");
        var play = await organizer.PublishEventAsync();
        var shopper = await Shopper.SignUpAsync(fixture.Platform, "Tess Transfer");
        var me = new GraphQLCaller(fixture.Platform, shopper.AccessToken);
        var gift = await me.BuyAsync(play.OccurrenceId, play.Standard, 2);
        var regret = await me.BuyAsync(play.OccurrenceId, play.Premium, 1);
        var ticket = gift.GetProperty("tickets")[0].GetProperty("id").GetGuid();

        var transferred = await me.DataAsync("""
            mutation Give($input: TransferTicketInput!, $key: String!) {
              transferTicket(input: $input, idempotencyKey: $key) { ticketId ticketStatus transferredTo newTicketId }
            }
            """, new { input = new { bookingId = gift.GetProperty("id").GetGuid(), ticketId = ticket, recipientEmail = "bea@example.org", recipientName = "Bea" },
            key = Guid.NewGuid().ToString() });
        var cancelled = await me.DataAsync("mutation($id: ID!) { cancelBooking(bookingId: $id) { bookingId status refundAmount currency } }",
            new { id = regret.GetProperty("id").GetGuid() });

        var transfer = transferred.GetProperty("transferTicket");
        Assert.Equal((ticket, "transferred", "bea@example.org"),
            (transfer.GetProperty("ticketId").GetGuid(), transfer.GetProperty("ticketStatus").GetString(), transfer.GetProperty("transferredTo").GetString()));
        var after = await me.WaitForStatusAsync(gift.GetProperty("id").GetGuid(), "Confirmed");
        Assert.Equal("transferred", after.GetProperty("tickets").EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == ticket).GetProperty("status").GetString());
        var refund = cancelled.GetProperty("cancelBooking");
        Assert.Equal((EventPlan.PremiumPrice, "EUR"), (refund.GetProperty("refundAmount").GetDecimal(), refund.GetProperty("currency").GetString()));
        await me.WaitForStatusAsync(regret.GetProperty("id").GetGuid(), "Refunded");
    }
}
