using System.Net;
using System.Text.Json.Nodes;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Platform.Foundation.Tests.PaymentsService.Stripe;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Stripe;

[Collection(StripePlatformCollection.Name)]
public sealed class StripeJourneyTests(StripePlatformFixture fixture)
{
    readonly StripeCheckout checkout = new(fixture);

    [Fact]
    public async Task Paying_through_Stripe_confirms_the_booking_once_however_often_the_webhook_comes()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Stripe Street Theatre");
        var show = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 10));
        var ava = await Shopper.SignUpAsync(fixture.Platform, "Ava Card");

        var booking = await ava.BookAsync(show.OccurrenceId, (show.Standard, 2));
        var payment = await checkout.InstructionsAsync(ava, booking);

        Assert.Equal("Stripe", payment.Provider);
        Assert.Equal("Stripe", payment.Instructions!.Provider);
        Assert.Equal(checkout.IntentOf(booking)["client_secret"]!.GetValue<string>(), payment.Instructions.ClientSecret);
        Assert.Equal(StripePlatformFixture.PublishableKey, payment.Instructions.PublishableKey);
        Assert.Equal(6000, checkout.IntentOf(booking)["amount"]!.GetValue<long>());

        // Stripe retries a webhook it thinks was not received; three arrive at once, one more later.
        var succeeded = checkout.Succeeded(booking);
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => checkout.DeliverAsync(succeeded)));
        await ava.WaitForBookingAsync(booking.Id, "Confirmed");
        await checkout.DeliverAsync(succeeded);

        // A webhook is answered once recorded, so this count is final: one success announced, hence one
        // confirmation and one tickets mail.
        Assert.Equal(1, await checkout.PaymentSucceededCountAsync(booking.Payment.PaymentId));
        Assert.Equal(2, (await ava.TicketsAsync(booking.Id)).Count);
        Assert.Contains(show.Title, (await ava.MailAsync("Your tickets for")).Subject);
        Assert.Single(await ava.Person.MailAsync(), m => (m.Subject ?? "").StartsWith("Your tickets for"));
        var counts = (await organizer.AttendanceAsync(show.OccurrenceId))!.Of(show.Standard);
        Assert.Equal((0, 2), (counts.Held, counts.Sold));
        foreach (var service in new[] { "payments", "gateway" })
        {
            var logs = fixture.Platform.LogsOf(service);
            Assert.DoesNotContain(StripePlatformFixture.SecretKey, logs);
            Assert.DoesNotContain(StripePlatformFixture.WebhookSecret, logs);
            Assert.DoesNotContain(payment.Instructions.ClientSecret!, logs);
        }
    }

    [Fact]
    public async Task Webhook_with_a_forged_signature_is_refused_and_the_booking_keeps_waiting_for_payment()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Forgery Free Fair");
        var fair = await organizer.PublishEventAsync();
        var ben = await Shopper.SignUpAsync(fixture.Platform, "Ben Bogus");
        var booking = await ben.BookAsync(fair.OccurrenceId, (fair.Standard, 1));
        await checkout.InstructionsAsync(ben, booking);
        var payload = checkout.Succeeded(booking).ToJsonString();

        using (var forged = await fixture.Webhooks.SendRawAsync(payload, p => StripeWebhookSender.Signature(p, "whsec_SomeoneElsesSecret", DateTimeOffset.UtcNow)))
        {
            Assert.True(forged.StatusCode == HttpStatusCode.BadRequest, await Customer.DescribeAsync(forged));
            Assert.True((await StripeCheckout.ProblemAsync(forged)).GetProperty("errors").TryGetProperty("stripeSignature", out _));
        }
        using (var unsigned = await fixture.Webhooks.SendRawAsync(payload, _ => null))
            Assert.Equal(HttpStatusCode.BadRequest, unsigned.StatusCode);

        // Refused before anything was recorded: nothing can follow.
        Assert.Equal("AwaitingPayment", (await ben.BookingAsync(booking.Id)).Status);
        Assert.Equal(0, await checkout.PaymentSucceededCountAsync(booking.Payment.PaymentId));
        Assert.Empty(await ben.TicketsAsync(booking.Id));
    }

    [Fact]
    public async Task Webhook_that_outruns_the_create_intent_reply_still_confirms_the_booking()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Quick Quay Concerts");
        var concert = await organizer.PublishEventAsync();
        var cleo = await Shopper.SignUpAsync(fixture.Platform, "Cleo Quick");
        var webhookAnswer = new TaskCompletionSource<HttpStatusCode>(TaskCreationOptions.RunContinuationsAsynchronously);
        fixture.StandIn.BeforeAnsweringCreate = async intent =>
        {
            fixture.StandIn.BeforeAnsweringCreate = null;
            var succeeded = fixture.StandIn.MarkSucceeded(intent["id"]!.GetValue<string>());
            using var response = await fixture.Webhooks.SendAsync(StripeWebhookSender.Event("payment_intent.succeeded", succeeded));
            webhookAnswer.TrySetResult(response.StatusCode);
        };
        try
        {
            var booking = await cleo.BookAsync(concert.OccurrenceId, (concert.Standard, 1));

            Assert.Equal(HttpStatusCode.OK, await webhookAnswer.Task.WaitAsync(TimeSpan.FromSeconds(30)));
            await cleo.WaitForBookingAsync(booking.Id, "Confirmed");
            Assert.Single(await cleo.TicketsAsync(booking.Id));
            Assert.Contains(concert.Title, (await cleo.MailAsync("Your tickets for")).Subject);
            Assert.Equal(1, await checkout.PaymentSucceededCountAsync(booking.Payment.PaymentId));
        }
        finally
        {
            fixture.StandIn.BeforeAnsweringCreate = null;
        }
    }

    [Fact]
    public async Task Declined_card_reported_by_Stripe_fails_the_booking_and_releases_its_seats()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Declined Dance Hall");
        var dance = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 4));
        var dev = await Shopper.SignUpAsync(fixture.Platform, "Dev Declined");
        var booking = await dev.BookAsync(dance.OccurrenceId, (dance.Standard, 3));
        await checkout.InstructionsAsync(dev, booking);

        await checkout.DeliverAsync(StripeWebhookSender.PaymentFailed(checkout.IntentOf(booking), "insufficient_funds"));

        var failed = await dev.WaitForBookingAsync(booking.Id, "Failed");
        Assert.Contains("insufficient_funds", failed.StatusReason);
        var counts = (await organizer.AttendanceAsync(dance.OccurrenceId))!.Of(dance.Standard);
        Assert.Equal((0, 0, 4), (counts.Held, counts.Sold, counts.Remaining));
        Assert.Contains(dance.Title, (await dev.MailAsync("did not go through")).Subject);
        Assert.Empty(await dev.TicketsAsync(booking.Id));
    }

    [Fact]
    public async Task Cancelling_a_booking_paid_through_Stripe_refunds_it_through_Stripe()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Refund Riverside");
        var cruise = await organizer.PublishEventAsync();
        var eli = await Shopper.SignUpAsync(fixture.Platform, "Eli Early");
        var booking = await checkout.BuyAsync(eli, cruise, seats: 2);
        var intentId = checkout.IntentOf(booking)["id"]!.GetValue<string>();

        using (var cancelled = await eli.PostAsync($"/api/bookings/{booking.Id}/cancel"))
            Assert.True(cancelled.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(cancelled));

        await eli.WaitForBookingAsync(booking.Id, "Refunded");
        var refunds = fixture.StandIn.RequestsTo("POST", "/v1/refunds").Where(r => r.Form["payment_intent"] == intentId).ToList();
        Assert.Single(refunds.Select(r => r.IdempotencyKey).Distinct());
        Assert.All(refunds, r => Assert.Equal($"Bearer {StripePlatformFixture.SecretKey}", r.Authorization));
        var payment = await eli.WaitForPaymentAsync(booking.Payment.PaymentId, p => p.Status == "Refunded", "the refund");
        Assert.Equal(60m, Assert.Single(payment!.Refunds).Amount);
        Assert.Contains(cruise.Title, (await eli.MailAsync("Your refund of")).Subject);
        Assert.All(await eli.TicketsAsync(booking.Id), t => Assert.Equal("voided", t.Status));
    }
}
