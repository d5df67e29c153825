using System.Net;
using System.Net.Sockets;
using Platform.Foundation.Tests.Messaging;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.NotificationsService;

public sealed class BookingMailOutageTests
{
    static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Tickets_pending_through_a_mail_server_outage_are_sent_once_with_their_attachments_intact()
    {
        var maildir = (await TestInfrastructure.GetAsync()).MaildirPath;
        var email = Mailbox.UniqueAddress("tickets-outage");
        var booking = BookingMessages.Parties(email);
        var tickets = new[] { BookingMessages.Ticket("Standard"), BookingMessages.Ticket("VIP") };
        Guid messageId;
        string database;
        await using (var broken = await NotificationsUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:smtp"] = $"smtp://127.0.0.1:{ClosedPort()}",
            ["Notifications:MaxAttempts"] = "100",
        }))
        {
            database = broken.DatabaseConnectionString;
            messageId = await broken.PublishAsync(BookingMessages.Confirmed(booking, tickets));

            await Eventually.HoldsAsync(
                async () => (await NotificationRows.ForMessageAsync(database, messageId)).SingleOrDefault() is { Attempts: >= 2 },
                Deadline,
                "two failed attempts are recorded");
            var pending = await NotificationRows.SingleForMessageAsync(database, messageId);
            Assert.Equal("Pending", pending.Status);
            Assert.Equal(tickets.Length + 1, await NotificationAttachmentRows.CountAsync(database, pending.Id));
            Assert.Empty(Mailbox.To(maildir, email));
        }

        await using var working = await NotificationsUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:notificationsdb"] = database,
        });
        await Eventually.HoldsAsync(() => Mailbox.To(maildir, email).Count > 0, Deadline, "the pending tickets are sent");
        await working.SettledAsync();

        var mail = Assert.Single(Mailbox.To(maildir, email));
        foreach (var ticket in tickets)
            Assert.Equal(TicketAttachments.QrPngOf(ticket.SignedToken), TicketAttachments.Bytes(TicketAttachments.Named(mail, $"ticket-{ticket.Code}.png")));
        var occurrence = Assert.Single(TicketAttachments.Calendar(mail).Events);
        Assert.Equal(BookingMessages.StartsAt.UtcDateTime, occurrence.Start!.AsUtc);
        var sent = await NotificationRows.SingleForMessageAsync(database, messageId);
        Assert.Equal("Sent", sent.Status);
        Assert.Equal(0, await NotificationAttachmentRows.CountAsync(database, sent.Id));
    }

    static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
