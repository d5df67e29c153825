using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Platform.Contracts.Bookings;
using Platform.Foundation.Tests.Messaging;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.NotificationsService;

// What the customer's booking emails say about money once coupons and free bookings exist.
public sealed class CommerceEmailTests : IAsyncLifetime
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
    public async Task Tickets_email_of_a_discounted_booking_shows_subtotal_coupon_discount_and_total_paid()
    {
        var email = Mailbox.UniqueAddress("discounted");
        var booking = BookingMessages.Parties(email);

        await service.PublishAsync(new BookingConfirmed(booking, [BookingMessages.Ticket("Standard")], 1078.75m, "usd",
            DateTimeOffset.UtcNow, Subtotal: 1090m, Discount: 11.25m, CouponCode: "EARLY-BIRD"));

        var mail = await SingleMailToAsync(email);
        Assert.Equal("Your tickets for Harbour Jazz Night", mail.Subject);
        Assert.Contains("Subtotal: 1,090.00 USD\nDiscount (coupon EARLY-BIRD): -11.25 USD\nTotal paid: 1,078.75 USD", Lines(mail.TextBody));
        Assert.Contains("Subtotal: 1,090.00 USD", mail.HtmlBody);
        Assert.Contains("Discount (coupon <code>EARLY-BIRD</code>): -11.25 USD", mail.HtmlBody);
        Assert.Contains("Total paid: 1,078.75 USD", mail.HtmlBody);
    }

    [Fact]
    public async Task Tickets_email_without_a_coupon_shows_no_discount_line()
    {
        var email = Mailbox.UniqueAddress("undiscounted");

        await service.PublishAsync(new BookingConfirmed(BookingMessages.Parties(email), [BookingMessages.Ticket("Standard")], 60m, "EUR",
            DateTimeOffset.UtcNow, Subtotal: 60m));

        var mail = await SingleMailToAsync(email);
        foreach (var body in new[] { mail.TextBody, mail.HtmlBody })
        {
            Assert.Contains("Subtotal: 60.00 EUR", body);
            Assert.Contains("Total paid: 60.00 EUR", body);
            Assert.DoesNotContain("Discount", body);
            Assert.DoesNotContain("coupon", body);
        }
    }

    [Fact]
    public async Task Tickets_email_of_a_free_booking_says_nothing_was_charged_instead_of_a_total_paid()
    {
        var email = Mailbox.UniqueAddress("free-tickets");

        await service.PublishAsync(new BookingConfirmed(BookingMessages.Parties(email), [BookingMessages.Ticket("Premium")], 0m, "EUR",
            DateTimeOffset.UtcNow, Subtotal: 70m, Discount: 70m, CouponCode: "GUEST-LIST"));

        var mail = await SingleMailToAsync(email);
        foreach (var body in new[] { mail.TextBody, mail.HtmlBody })
        {
            Assert.Contains("GUEST-LIST", body);
            Assert.Contains("-70.00 EUR", body);
            Assert.Contains("Total: 0.00 EUR, nothing was charged", body);
            Assert.DoesNotContain("Total paid", body);
        }
    }

    [Fact]
    public async Task Confirmation_published_before_prices_were_itemised_still_sends_the_tickets_with_the_total()
    {
        var email = Mailbox.UniqueAddress("old-shape");
        var ticket = BookingMessages.Ticket("Standard");

        // The message as the previous contract serialized it: no Subtotal, Discount or CouponCode at all.
        await service.Factory.Services.GetRequiredService<IBus>().Publish(
            new PreCommerceBookingConfirmed(BookingMessages.Parties(email), [ticket], 135.50m, "USD", DateTimeOffset.UtcNow));

        var mail = await SingleMailToAsync(email);
        Assert.Contains(ticket.Code, mail.TextBody);
        Assert.Contains("Total paid: 135.50 USD", mail.TextBody);
        Assert.DoesNotContain("Subtotal", mail.TextBody);
        Assert.DoesNotContain("Discount", mail.TextBody);
    }

    [Fact]
    public async Task Zero_refund_of_a_cancelled_free_booking_says_nothing_was_charged_so_nothing_is_refunded()
    {
        var email = Mailbox.UniqueAddress("zero-refund");

        await service.PublishAsync(new BookingRefunded(BookingMessages.Parties(email), 0m, "EUR", "cancelled", DateTimeOffset.UtcNow));

        var mail = await SingleMailToAsync(email);
        Assert.Equal("Nothing to refund for Harbour Jazz Night: nothing was charged", mail.Subject);
        foreach (var body in new[] { mail.TextBody, mail.HtmlBody })
        {
            Assert.Contains("is cancelled", body);
            Assert.Contains("nothing was charged, so nothing is refunded", body);
            Assert.DoesNotContain("refund of", body);
            Assert.DoesNotContain("We have refunded", body);
            Assert.DoesNotContain("your statement", body);
        }
    }

    [Fact]
    public async Task Cancellation_of_a_free_booking_promises_no_refund()
    {
        var email = Mailbox.UniqueAddress("free-cancel");

        await service.PublishAsync(new BookingCancelled(BookingMessages.Parties(email), "customer", "cancelled", 0m, "EUR", DateTimeOffset.UtcNow));

        var mail = await SingleMailToAsync(email);
        foreach (var body in new[] { mail.TextBody, mail.HtmlBody })
        {
            Assert.Contains("Nothing was charged, so nothing is refunded.", body);
            Assert.DoesNotContain("Your refund of", body);
        }
    }

    [Fact]
    public async Task Refund_of_a_paid_booking_still_names_the_amount_returned()
    {
        var email = Mailbox.UniqueAddress("paid-refund");

        await service.PublishAsync(new BookingRefunded(BookingMessages.Parties(email), 0.01m, "EUR", "cancelled", DateTimeOffset.UtcNow));

        var mail = await SingleMailToAsync(email);
        Assert.Equal("Your refund of 0.01 EUR for Harbour Jazz Night", mail.Subject);
        Assert.Contains("We have refunded 0.01 EUR", mail.TextBody);
        Assert.DoesNotContain("nothing is refunded", mail.TextBody);
    }

    static string Lines(string? body) => (body ?? "").ReplaceLineEndings("\n");

    async Task<MimeMessage> SingleMailToAsync(string recipient)
    {
        await Eventually.HoldsAsync(() => Mailbox.To(maildir, recipient).Count > 0, Deadline, $"a mail to {recipient} arrives");
        return Assert.Single(Mailbox.To(maildir, recipient));
    }
}

// BookingConfirmed as it was before Subtotal, Discount and CouponCode: same message type on the wire.
[MessageUrn("Platform.Contracts.Bookings:BookingConfirmed")]
[EntityName("Platform.Contracts.Bookings:BookingConfirmed")]
public sealed record PreCommerceBookingConfirmed(
    BookingParties Booking,
    IReadOnlyList<IssuedTicket> Tickets,
    decimal Total,
    string Currency,
    DateTimeOffset OccurredAt);
