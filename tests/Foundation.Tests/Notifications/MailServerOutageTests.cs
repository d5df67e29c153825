using System.Net;
using System.Net.Sockets;
using Platform.Foundation.Tests.Messaging;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.NotificationsService;

public sealed class MailServerOutageTests
{
    static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Unreachable_mail_server_keeps_the_notification_pending_then_a_working_one_sends_it_once()
    {
        var maildir = (await TestInfrastructure.GetAsync()).MaildirPath;
        var email = Mailbox.UniqueAddress("outage");
        Guid messageId;
        string database;
        await using (var broken = await NotificationsUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:smtp"] = $"smtp://127.0.0.1:{ClosedPort()}",
        }))
        {
            database = broken.DatabaseConnectionString;
            messageId = await broken.PublishAsync(AccountMessages.ResetRequested(email));

            await Eventually.HoldsAsync(
                async () => (await NotificationRows.ForMessageAsync(database, messageId)).SingleOrDefault() is { Attempts: >= 3 },
                Deadline,
                "three failed attempts are recorded");
            var pending = await NotificationRows.SingleForMessageAsync(database, messageId);
            Assert.Equal("Pending", pending.Status);
            Assert.Contains("Mail server unreachable", pending.LastError);
            Assert.True(pending.HasBodies, "the mail must survive the outage to be sent later");
            Assert.Empty(Mailbox.To(maildir, email));
        }

        await using var working = await NotificationsUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:notificationsdb"] = database,
        });
        await Eventually.HoldsAsync(() => Mailbox.To(maildir, email).Count > 0, Deadline, "the pending mail is sent");
        await working.SettledAsync();

        Assert.Single(Mailbox.To(maildir, email));
        var sent = await NotificationRows.SingleForMessageAsync(database, messageId);
        Assert.Equal("Sent", sent.Status);
        Assert.Null(sent.LastError);
        Assert.NotNull(sent.SentAt);
    }

    [Fact]
    public async Task Notification_fails_for_good_after_the_configured_attempts()
    {
        await using var service = await NotificationsUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:smtp"] = $"smtp://127.0.0.1:{ClosedPort()}",
            ["Notifications:MaxAttempts"] = "2",
        });

        var messageId = await service.PublishAsync(AccountMessages.Registered(Mailbox.UniqueAddress("given-up")));

        await Eventually.HoldsAsync(
            async () => (await NotificationRows.ForMessageAsync(service.DatabaseConnectionString, messageId)).SingleOrDefault() is { Status: "Failed" },
            Deadline,
            "the notification is marked Failed");
        var failed = await NotificationRows.SingleForMessageAsync(service.DatabaseConnectionString, messageId);
        Assert.Equal(2, failed.Attempts);
        Assert.NotNull(failed.LastError);
        Assert.False(failed.HasBodies);
    }

    static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
