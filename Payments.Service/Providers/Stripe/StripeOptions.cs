using System.ComponentModel.DataAnnotations;

namespace Payments.Service.Providers.Stripe;

// Bound from "Payments:Stripe"; validated on start only when Payments:Provider is Stripe.
public sealed class StripeOptions
{
    public const string SectionName = "Payments:Stripe";

    [Required(ErrorMessage = "Payments:Stripe:SecretKey is required when Payments:Provider is Stripe.")]
    [RegularExpression("^(sk|rk)_[A-Za-z0-9_]+$", ErrorMessage = "Payments:Stripe:SecretKey must be a Stripe secret or restricted key (sk_... or rk_...).")]
    public string? SecretKey { get; set; }

    [Required(ErrorMessage = "Payments:Stripe:WebhookSecret is required when Payments:Provider is Stripe.")]
    [RegularExpression("^whsec_[A-Za-z0-9_]+$", ErrorMessage = "Payments:Stripe:WebhookSecret must be a webhook signing secret (whsec_...).")]
    public string? WebhookSecret { get; set; }

    // Shown to the customer's browser for Stripe.js; not a secret.
    [RegularExpression("^pk_[A-Za-z0-9_]+$", ErrorMessage = "Payments:Stripe:PublishableKey must be a publishable key (pk_...).")]
    public string? PublishableKey { get; set; }

    // Stripe's API unless a test points it at a local stand-in.
    [Required, Url(ErrorMessage = "Payments:Stripe:BaseUrl must be an absolute http(s) URL.")]
    public string BaseUrl { get; set; } = "https://api.stripe.com";

    // How old a webhook's signed timestamp may be before it is refused as a replay.
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);
}
