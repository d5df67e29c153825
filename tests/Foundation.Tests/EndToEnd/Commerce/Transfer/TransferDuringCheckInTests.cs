using System.Net;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Platform.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Transfer;

[Collection(BookingPlatformCollection.Name)]
public sealed class TransferDuringCheckInTests(BookingPlatformFixture fixture, ITestOutputHelper output)
{
    // The transfer does more before its UPDATE than the scan does: later and later scans sweep the
    // moment where the two conditional updates meet, so both sides win some rounds.
    static readonly int[] ScanDelaysMs = [0, 20, 40, 80, 150, 300];
    static readonly int Rounds = ScanDelaysMs.Length;

    [Fact]
    public async Task Transfer_racing_a_door_scan_of_the_same_ticket_has_exactly_one_winner_and_a_consistent_ticket()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Dockside Arena");
        var show = await organizer.PublishEventAsync(EventPlan.StartingSoon());
        var door = new Shopper(organizer.Owner, organizer.AccessToken, "Olga Organizer");
        var ada = await Shopper.SignUpAsync(fixture.Platform, "Ada Racer");
        var booking = await ada.BuyAsync(show.OccurrenceId, (show.Standard, Rounds));
        var tickets = await ada.HandedOnTicketsAsync(booking.Id);

        var recipients = new List<(Customer Recipient, bool Won)>();
        var admittedCount = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var ticket = tickets[round];
            var recipient = Customer.New(fixture.Platform, "racing-recipient");
            var transferring = ada.PostTransferAsync(booking.Id, ticket.Id, new { recipientEmail = recipient.Email }, Guid.NewGuid().ToString());
            var scanning = ScanLaterAsync(door, show.OccurrenceId, ticket.Code, ScanDelaysMs[round]);
            await Task.WhenAll(transferring, scanning);
            using var transfer = await transferring;
            using var scan = await scanning;

            var transferWon = transfer.StatusCode == HttpStatusCode.Created;
            var scanWon = scan.StatusCode == HttpStatusCode.OK;
            Assert.True(transferWon != scanWon,
                $"round {round}: transfer {await Customer.DescribeAsync(transfer)} / scan {await Customer.DescribeAsync(scan)}");
            var seen = (await ada.HandedOnTicketsAsync(booking.Id)).Single(t => t.Id == ticket.Id);
            if (transferWon)
            {
                Assert.Equal("ticket_transferred", await TicketTransfers.ReasonAsync(scan, HttpStatusCode.UnprocessableEntity));
                Assert.Equal(("transferred", recipient.Email, null), (seen.Status, seen.TransferredTo, seen.CheckedInAt));
                using var rescan = await door.ScanAsync(show.OccurrenceId, code: ticket.Code);
                Assert.Equal("ticket_transferred", await TicketTransfers.ReasonAsync(rescan, HttpStatusCode.UnprocessableEntity));
            }
            else
            {
                admittedCount++;
                Assert.Equal("checked_in", await TicketTransfers.ReasonAsync(transfer, HttpStatusCode.Conflict));
                Assert.Equal(("checked_in", null, null), (seen.Status, seen.TransferredTo, seen.TransferredAt));
                using var rescan = await door.ScanAsync(show.OccurrenceId, code: ticket.Code);
                Assert.Equal("already_checked_in", await TicketTransfers.ReasonAsync(rescan, HttpStatusCode.Conflict));
            }
            recipients.Add((recipient, transferWon));
        }

        output.WriteLine($"{Rounds - admittedCount} of {Rounds} races won by the transfer, {admittedCount} by the door scan.");

        // Only the winning transfers mailed a ticket; the door counts only the winning scans.
        foreach (var (recipient, won) in recipients.Where(r => r.Won))
            Assert.Single(await recipient.MailAsync());
        foreach (var (recipient, _) in recipients.Where(r => !r.Won))
            Assert.Empty(Mailbox.To(fixture.Platform.MaildirPath, recipient.Email));
        Assert.Equal(admittedCount, (await organizer.AttendanceAsync(show.OccurrenceId))!.Of(show.Standard).CheckedIn);
    }

    static async Task<HttpResponseMessage> ScanLaterAsync(Shopper door, Guid occurrenceId, string code, int delayMs)
    {
        await Task.Delay(delayMs);
        return await door.ScanAsync(occurrenceId, code: code);
    }
}
