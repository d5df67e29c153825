namespace Payments.Service.Providers.Stripe;

// A Stripe event already handled: stored in the same transaction as its effect, so a redelivery is ignored.
public sealed class StripeWebhookEvent
{
    public string EventId { get; set; } = "";
    public string Type { get; set; } = "";
    public Guid? PaymentId { get; set; }
    public string Outcome { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
}
