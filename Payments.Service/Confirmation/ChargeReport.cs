using Payments.Service.Domain;
using Payments.Service.Providers;

namespace Payments.Service.Confirmation;

// What one attempt at a payment's charge learned, for ChargeSettlement. Outcome null: the provider has no
// charge under the key (ProviderAnswered), or could not be asked at all. ClaimedAt is the attempt's
// ProcessingStartedAt, so an attempt that was overtaken by a newer claim cannot hand that one back.
public sealed record ChargeReport(DateTimeOffset ClaimedAt, ChargeOutcome? Outcome, bool ProviderAnswered, IReadOnlyList<PaymentAttempt> Calls);
