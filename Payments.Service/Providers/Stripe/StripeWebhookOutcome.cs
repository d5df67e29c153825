namespace Payments.Service.Providers.Stripe;

public enum StripeWebhookOutcome
{
    // Signature missing, forged or too old, or not an event: nothing changed.
    Rejected,
    // Recorded; the payment changed or the event had nothing to change (stale or not ours).
    Processed,
    // This event id was handled before.
    Duplicate,
}
