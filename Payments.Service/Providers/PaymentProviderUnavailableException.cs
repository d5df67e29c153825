namespace Payments.Service.Providers;

// The provider could not answer (unreachable, 5xx): worth retrying under the same idempotency key.
public sealed class PaymentProviderUnavailableException(string message) : Exception(message);
