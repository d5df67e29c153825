using System.Text.Encodings.Web;
using MimeKit;
using Platform.Foundation.Tests.Messaging;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.NotificationsService;

public sealed class AccountEmailTests : IAsyncLifetime
{
    static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    NotificationsUnderTest service = null!;
    string maildir = "";

    public async Task InitializeAsync()
    {
        maildir = (await TestInfrastructure.GetAsync()).MaildirPath;
        service = await NotificationsUnderTest.StartAsync();
    }

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task UserRegistered_sends_one_verification_email_with_the_link_in_html_and_text()
    {
        var email = Mailbox.UniqueAddress("registered");
        var message = AccountMessages.Registered(email);

        var messageId = await service.PublishAsync(message);

        var mail = await SingleMailToAsync(email);
        Assert.Equal("Confirm your email address", mail.Subject);
        AssertLinkInBothParts(mail, message.VerificationUrl);
        Assert.Contains("Ada Lovelace", mail.TextBody);
        var row = await NotificationRows.SentForMessageAsync(service.DatabaseConnectionString, messageId);
        Assert.Equal(("EmailVerification", "Sent", 1, message.UserId), (row.Kind, row.Status, row.Attempts, row.UserId));
        Assert.Equal($"{row.Id:N}@ticketing.local", mail.MessageId);
        Assert.Equal("no-reply@ticketing.local", mail.From.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task PasswordResetRequested_sends_one_reset_email_with_the_link_and_forgets_the_body_once_sent()
    {
        var email = Mailbox.UniqueAddress("reset");
        var message = AccountMessages.ResetRequested(email);

        var messageId = await service.PublishAsync(message);

        var mail = await SingleMailToAsync(email);
        Assert.Equal("Reset your password", mail.Subject);
        AssertLinkInBothParts(mail, message.ResetUrl);
        var row = await NotificationRows.SentForMessageAsync(service.DatabaseConnectionString, messageId);
        Assert.Equal(("PasswordReset", "Sent"), (row.Kind, row.Status));
        Assert.NotNull(row.SentAt);
        Assert.False(row.HasBodies, "the one-time link must not stay at rest after sending");
    }

    [Fact]
    public async Task OrganizationInvitationCreated_sends_one_invitation_naming_the_organization_and_role()
    {
        var email = Mailbox.UniqueAddress("invited");
        var message = AccountMessages.Invited(email);

        var messageId = await service.PublishAsync(message);

        var mail = await SingleMailToAsync(email);
        Assert.Equal("Alan Turing invited you to join Moonlight Concerts", mail.Subject);
        AssertLinkInBothParts(mail, message.AcceptUrl);
        Assert.Contains("as staff", mail.TextBody);
        var row = await NotificationRows.SentForMessageAsync(service.DatabaseConnectionString, messageId);
        Assert.Equal(("OrganizationInvitation", "Sent", (Guid?)null), (row.Kind, row.Status, row.UserId));
    }

    [Fact]
    public async Task Redelivered_message_sends_no_second_email()
    {
        var email = Mailbox.UniqueAddress("redelivered");
        var message = AccountMessages.Registered(email);
        var messageId = Guid.CreateVersion7();

        await service.PublishAsync(message, messageId);
        await SingleMailToAsync(email);
        await service.PublishAsync(message, messageId);
        await service.PublishAsync(message, messageId);

        await service.SettledAsync();

        Assert.Single(Mailbox.To(maildir, email));
        Assert.Single(await NotificationRows.ForMessageAsync(service.DatabaseConnectionString, messageId));
    }

    [Fact]
    public async Task Values_from_the_message_are_html_encoded_and_cannot_add_header_lines()
    {
        var email = Mailbox.UniqueAddress("hostile");
        var message = AccountMessages.Invited(email) with
        {
            OrganizationName = "<script>alert(1)</script>\r\nBcc: victim@example.test",
        };

        await service.PublishAsync(message);

        var mail = await SingleMailToAsync(email);
        Assert.DoesNotContain("<script>", mail.HtmlBody);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody);
        Assert.Empty(mail.Bcc);
        Assert.DoesNotContain("\n", mail.Subject);
    }

    async Task<MimeMessage> SingleMailToAsync(string recipient)
    {
        await Eventually.HoldsAsync(() => Mailbox.To(maildir, recipient).Count > 0, Deadline, $"a mail to {recipient} arrives");
        await service.SettledAsync();
        return Assert.Single(Mailbox.To(maildir, recipient));
    }

    static void AssertLinkInBothParts(MimeMessage mail, string link)
    {
        Assert.NotNull(mail.HtmlBody);
        Assert.NotNull(mail.TextBody);
        Assert.Contains(link, mail.TextBody);
        Assert.Contains($"href=\"{HtmlEncoder.Default.Encode(link)}\"", mail.HtmlBody);
    }
}
