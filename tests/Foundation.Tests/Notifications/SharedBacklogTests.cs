using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Platform.Foundation.Tests.Messaging;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.NotificationsService;

public sealed class SharedBacklogTests
{
    static readonly TimeSpan Deadline = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task Two_instances_draining_one_backlog_send_each_mail_once()
    {
        var maildir = (await TestInfrastructure.GetAsync()).MaildirPath;
        var recipients = Enumerable.Range(0, 6).Select(i => Mailbox.UniqueAddress($"backlog{i}")).ToList();
        string database;
        var ids = new List<Guid>();
        await using (var broken = await NotificationsUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:smtp"] = $"smtp://127.0.0.1:{ClosedPort()}",
            ["Notifications:MaxAttempts"] = "100",
            // Should a row stay claimed by this instance as it is torn down, its lease runs out within the test.
            ["Notifications:SendLease"] = "00:00:05",
        }))
        {
            database = broken.DatabaseConnectionString;
            foreach (var recipient in recipients)
                ids.Add(await broken.PublishAsync(AccountMessages.Registered(recipient)));
            await Eventually.HoldsAsync(
                async () => (await Task.WhenAll(ids.Select(id => NotificationRows.ForMessageAsync(database, id)))).All(rows => rows.Count == 1),
                Deadline,
                "every message is recorded");
        }

        var sameDatabase = new Dictionary<string, string?>
        {
            ["ConnectionStrings:notificationsdb"] = database,
            ["Notifications:BatchSize"] = "1",
        };
        var starting = new[] { NotificationsUnderTest.StartAsync(sameDatabase), NotificationsUnderTest.StartAsync(sameDatabase) };
        await using var first = await starting[0];
        await using var second = await starting[1];

        // Sent is recorded after the mail server accepted the mail, so once every row says Sent no send is still under way.
        await Eventually.HoldsAsync(
            async () => (await Task.WhenAll(ids.Select(id => NotificationRows.SingleForMessageAsync(database, id)))).All(row => row.Status == "Sent"),
            Deadline,
            "every pending mail is recorded as sent");
        Assert.All(recipients, r => Assert.Single(Mailbox.To(maildir, r)));
    }

    [Fact]
    public async Task A_second_notification_for_the_same_message_and_kind_is_refused_by_the_database()
    {
        await using var service = await NotificationsUnderTest.StartAsync();
        var messageId = Guid.CreateVersion7();
        var email = new RenderedEmail("Subject", "<p>html</p>", "text");
        var recipient = new EmailRecipient(Mailbox.UniqueAddress("twice"), null);

        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        db.Notifications.Add(Notification.Create(NotificationKind.PasswordReset, messageId, recipient, null, email, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        db.Notifications.Add(Notification.Create(NotificationKind.PasswordReset, messageId, recipient, null, email, DateTimeOffset.UtcNow));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
