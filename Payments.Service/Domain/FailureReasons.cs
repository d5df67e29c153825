namespace Payments.Service.Domain;

// The reasons named in PaymentFailed and in the API's ProblemDetails "reason" extension.
public static class FailureReasons
{
    public const string CardDeclined = "card_declined";
    public const string InsufficientFunds = "insufficient_funds";
    public const string ProviderUnavailable = "provider_unavailable";
}
