namespace Payments.Service.Apis;

// The card token the provider issued to the customer's browser; never the card number.
public sealed record ConfirmPaymentRequest(string? CardToken);
