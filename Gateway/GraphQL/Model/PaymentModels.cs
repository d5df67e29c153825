namespace Platform.Gateway.GraphQL.Model;

// A booking's payment as Payments shows it to its customer.
public sealed record Payment(
    Guid Id,
    Guid BookingId,
    string Status,
    decimal Amount,
    string Currency,
    string Provider,
    string? FailureReason,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? CompletedAt,
    PaymentInstructions? Instructions,
    IReadOnlyList<Refund> Refunds);

public sealed record PaymentInstructions(string Provider, string? ConfirmUrl, IReadOnlyList<string> TestCardTokens, string? Note);

public sealed record Refund(Guid Id, decimal Amount, string Currency, string Reason, string Status, DateTimeOffset CreatedAt);
