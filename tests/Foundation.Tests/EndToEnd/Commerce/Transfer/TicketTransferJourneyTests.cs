using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MimeKit;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Transfer;

[Collection(BookingPlatformCollection.Name)]
public sealed class TicketTransferJourneyTests(BookingPlatformFixture fixture)
{
    [Fact]
    public async Task Transferred_ticket_is_mailed_to_the_recipient_and_admits_them_while_the_old_code_is_refused_as_transferred()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Quayside Jazz");
        var concert = await organizer.PublishEventAsync(EventPlan.StartingSoon());
        var door = new Shopper(organizer.Owner, organizer.AccessToken, "Olga Organizer");
        var ada = await Shopper.SignUpAsync(fixture.Platform, "Ada Sender");
        var booking = await ada.BuyAsync(concert.OccurrenceId, (concert.Standard, 2));
        var tickets = await ada.HandedOnTicketsAsync(booking.Id);
        var given = tickets[0];
        var kept = tickets[1];
        var bea = Customer.New(fixture.Platform, "recipient");

        const string key = "ada-gives-bea-a-ticket";
        var body = new { recipientEmail = bea.Email, recipientName = "Bea Recipient" };
        TransferView transfer;
        using (var created = await ada.PostTransferAsync(booking.Id, given.Id, body, key))
        {
            Assert.True(created.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(created));
            var json = await created.Content.ReadFromJsonAsync<JsonElement>();
            // The new code goes to the recipient only.
            Assert.False(json.TryGetProperty("code", out _));
            Assert.False(json.TryGetProperty("newTicketCode", out _));
            transfer = json.Deserialize<TransferView>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        }
        Assert.Equal((booking.Id, given.Id, "transferred", bea.Email), (transfer.BookingId, transfer.TicketId, transfer.TicketStatus, transfer.TransferredTo));
        Assert.NotEqual(given.Id, transfer.NewTicketId);

        // A retry with the same key and body answers the same transfer; the key with another body is refused.
        using (var retried = await ada.PostTransferAsync(booking.Id, given.Id, body, key))
        {
            Assert.True(retried.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(retried));
            Assert.Equal(transfer, await retried.Content.ReadFromJsonAsync<TransferView>());
        }
        using (var reused = await ada.PostTransferAsync(booking.Id, kept.Id, body, key))
        {
            var problem = await TicketTransfers.ProblemAsync(reused, HttpStatusCode.UnprocessableEntity);
            Assert.True(problem.GetProperty("errors").TryGetProperty("idempotencyKey", out _));
        }

        // Ada's booking shows the old ticket as transferred to Bea; the other ticket is untouched, the new one is not hers to see.
        var after = await ada.HandedOnTicketsAsync(booking.Id);
        Assert.Equal(2, after.Count);
        var old = after.Single(t => t.Id == given.Id);
        Assert.Equal(("transferred", bea.Email, transfer.TransferredAt), (old.Status, old.TransferredTo, old.TransferredAt));
        Assert.Equal(("valid", null), (after.Single(t => t.Id == kept.Id).Status, after.Single(t => t.Id == kept.Id).TransferredTo));
        using (var notHers = await ada.GetAsync($"/api/bookings/tickets/{transfer.NewTicketId}/qr.png"))
            Assert.Equal(HttpStatusCode.NotFound, notHers.StatusCode);

        // Bea needs no account: her email carries the ticket's QR code (verifiable offline) and the calendar entry.
        var received = Assert.Single(await bea.MailAsync());
        Assert.Contains("Ada Sender sent you a ticket for", received.Subject);
        var attachments = received.Attachments.OfType<MimePart>().ToList();
        var qr = Assert.Single(attachments, a => a.ContentType.MimeType == "image/png");
        var beasToken = TicketToken.ReadQr(TicketTransfers.Decoded(qr));
        var signingKeys = await ada.Person.Gateway.GetStringAsync("/api/bookings/tickets/signing-keys");
        Assert.Equal(transfer.NewTicketId.ToString(), await TicketToken.VerifiedTicketIdAsync(beasToken, signingKeys));
        var calendar = Assert.Single(attachments, a => (a.FileName ?? "").EndsWith(".ics"));
        Assert.Contains(concert.Title, System.Text.Encoding.UTF8.GetString(TicketTransfers.Decoded(calendar)));
        Assert.Contains("Bea Recipient", received.TextBody);

        // Ada is told whom the ticket went to.
        var told = await ada.MailAsync($"was transferred to {bea.Email}");
        Assert.Contains(concert.Title, told.Subject);
        Assert.Contains("Bea Recipient", told.TextBody);

        // At the door: the old code and the old QR are refused saying when they were transferred; Bea's QR admits her once.
        using (var oldCode = await door.ScanAsync(concert.OccurrenceId, code: given.Code))
        {
            var problem = await TicketTransfers.ProblemAsync(oldCode, HttpStatusCode.UnprocessableEntity);
            Assert.Equal("ticket_transferred", problem.GetProperty("reason").GetString());
            Assert.Equal(transfer.TransferredAt, problem.GetProperty("transferredAt").GetDateTimeOffset());
        }
        using (var oldToken = await door.ScanAsync(concert.OccurrenceId, token: given.SignedToken))
            Assert.Equal("ticket_transferred", await TicketTransfers.ReasonAsync(oldToken, HttpStatusCode.UnprocessableEntity));
        using (var admitted = await door.ScanAsync(concert.OccurrenceId, token: beasToken))
        {
            Assert.True(admitted.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(admitted));
            Assert.Equal("Bea Recipient", (await admitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("holderName").GetString());
        }
        using (var again = await door.ScanAsync(concert.OccurrenceId, token: beasToken))
            Assert.Equal("already_checked_in", await TicketTransfers.ReasonAsync(again, HttpStatusCode.Conflict));
        using (var keptAdmits = await door.ScanAsync(concert.OccurrenceId, code: kept.Code))
            Assert.True(keptAdmits.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(keptAdmits));

        // Offline scanners learn which validly signed tickets no longer admit; customers cannot read the list.
        using (var revoked = await door.GetAsync($"/api/bookings/occurrences/{concert.OccurrenceId}/revoked-tickets"))
        {
            Assert.True(revoked.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(revoked));
            var entry = Assert.Single((await revoked.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
            Assert.Equal((given.Id, "transferred", transfer.TransferredAt),
                (entry.GetProperty("ticketId").GetGuid(), entry.GetProperty("reason").GetString(), entry.GetProperty("revokedAt").GetDateTimeOffset()));
        }
        using (var notStaff = await ada.GetAsync($"/api/bookings/occurrences/{concert.OccurrenceId}/revoked-tickets"))
            Assert.Equal(HttpStatusCode.NotFound, notStaff.StatusCode);

        // The door counts two admissions of the two seats sold; still one email each.
        var counts = (await organizer.AttendanceAsync(concert.OccurrenceId))!.Of(concert.Standard);
        Assert.Equal((2, 2), (counts.Sold, counts.CheckedIn));
        Assert.Single(await bea.MailAsync());
        Assert.Single(await ada.Person.MailAsync(), m => (m.Subject ?? "").Contains("was transferred to"));
    }
}
