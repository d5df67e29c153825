namespace Notifications.Service.Bookings;

// BookingFailed's machine reason in words a customer understands.
public static class PaymentFailureReason
{
    public static string InWords(string reason, string? message) => reason switch
    {
        "card_declined" => "your card was declined",
        "insufficient_funds" => "your card has insufficient funds",
        "provider_unavailable" => "the payment service was unavailable",
        "payment_cancelled" => "the payment was cancelled",
        _ when !string.IsNullOrWhiteSpace(message) => message.Trim(),
        _ => "the payment could not be taken",
    };
}
