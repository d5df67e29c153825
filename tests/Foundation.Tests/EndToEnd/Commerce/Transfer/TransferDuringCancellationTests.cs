using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Transfer;

[Collection(BookingPlatformCollection.Name)]
public sealed class TransferDuringCancellationTests(BookingPlatformFixture fixture, ITestOutputHelper output)
{
    // Transfers sweep the moment the cancellation voids the booking's tickets: sent ahead of the cancellation
    // (negative: usually committed first, so a recipient holds a ticket when the booking dies), with it, and after it.
    static readonly int[] TransferDelaysMs = [-150, -60, 0, 30, 60, 120];

    [Fact]
    public async Task A_transfer_racing_the_cancellation_of_its_booking_never_leaves_a_ticket_that_admits()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Quayside Theatre");
        var play = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 20, PremiumCapacity: 5));
        var door = new Shopper(organizer.Owner, organizer.AccessToken, "Olga Organizer");
        var transfersWon = 0;
        foreach (var delay in TransferDelaysMs)
        {
            var ada = await Shopper.SignUpAsync(fixture.Platform, "Ada Cancels");
            var booking = await ada.BuyAsync(play.OccurrenceId, (play.Standard, 2));
            var ticket = (await ada.HandedOnTicketsAsync(booking.Id))[0];
            var recipient = Customer.New(fixture.Platform, "cancelled-recipient");

            var transferring = TransferLaterAsync(ada, booking.Id, ticket.Id, recipient.Email, Math.Max(delay, 0));
            var cancelling = CancelLaterAsync(ada, booking.Id, Math.Max(-delay, 0));
            using var cancel = await cancelling;
            using var transfer = await transferring;
            Assert.True(cancel.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(cancel));

            if (transfer.StatusCode == HttpStatusCode.Created)
            {
                transfersWon++;
                var newTicketId = (await transfer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("newTicketId").GetGuid();
                using var revoked = await door.GetAsync($"/api/bookings/occurrences/{play.OccurrenceId}/revoked-tickets");
                var voided = (await revoked.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
                    .Where(e => e.GetProperty("reason").GetString() == "voided")
                    .Select(e => e.GetProperty("ticketId").GetGuid());
                Assert.Contains(newTicketId, voided);
                // The recipient's ticket died with the booking: the QR code they were mailed does not admit.
                using var recipientsScan = await door.ScanAsync(play.OccurrenceId, token: await recipient.ReceivedTokenAsync());
                Assert.True(recipientsScan.StatusCode == HttpStatusCode.UnprocessableEntity, await Customer.DescribeAsync(recipientsScan));
            }
            else
            {
                // Either refusal is the truth: a transfer that read the booking before the cancellation committed
                // finds its ticket already voided by it. What matters is that the ticket no longer admits (below).
                Assert.Contains(await TicketTransfers.ReasonAsync(transfer, HttpStatusCode.Conflict), new[] { "not_confirmed", "voided" });
            }
            using var scan = await door.ScanAsync(play.OccurrenceId, code: ticket.Code);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, scan.StatusCode);
        }
        output.WriteLine($"{transfersWon} of {TransferDelaysMs.Length} transfers committed before the cancellation.");
    }

    static async Task<HttpResponseMessage> CancelLaterAsync(Shopper customer, Guid bookingId, int delayMs)
    {
        await Task.Delay(delayMs);
        return await customer.PostAsync($"/api/bookings/{bookingId}/cancel");
    }

    static async Task<HttpResponseMessage> TransferLaterAsync(Shopper sender, Guid bookingId, Guid ticketId, string recipientEmail, int delayMs)
    {
        await Task.Delay(delayMs);
        return await sender.PostTransferAsync(bookingId, ticketId, new { recipientEmail }, Guid.NewGuid().ToString());
    }
}
