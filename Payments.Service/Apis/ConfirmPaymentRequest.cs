using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Payments.Service.Apis;

// The card token the provider issued to the customer's browser; never the card number.
public sealed record ConfirmPaymentRequest(
    [Required, Description("Card token from the provider (Simulated: one of the payment's testCardTokens), never a card number.")] string? CardToken);
