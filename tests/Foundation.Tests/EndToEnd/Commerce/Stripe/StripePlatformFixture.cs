using Platform.Foundation.Tests.PaymentsService.Stripe;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Stripe;

// The whole platform with Payments:Provider=Stripe, its Stripe calls answered by the local stand-in.
// Webhooks are signed with a secret this fixture gave Payments and delivered through the gateway.
public sealed class StripePlatformFixture : IAsyncLifetime
{
    public const string SecretKey = "sk_test_51GatewayJourneysKeyNeverLogged";
    public const string WebhookSecret = "whsec_GatewayJourneysSigningSecret";
    public const string PublishableKey = "pk_test_51GatewayJourneys";

    public StripeStandIn StandIn { get; private set; } = null!;

    public PlatformUnderTest Platform { get; private set; } = null!;

    // What Stripe's servers do: post signed events to the platform's public webhook address.
    public StripeWebhookSender Webhooks { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        StandIn = await StripeStandIn.StartAsync();
        Platform = await PlatformUnderTest.StartAsync(SharedPlatformSettings.With(new Dictionary<string, string?>
        {
            ["Bookings:HoldDuration"] = "00:02:00",
            ["Payments:Provider"] = "Stripe",
            ["Payments:Stripe:SecretKey"] = SecretKey,
            ["Payments:Stripe:WebhookSecret"] = WebhookSecret,
            ["Payments:Stripe:PublishableKey"] = PublishableKey,
            ["Payments:Stripe:BaseUrl"] = StandIn.BaseUrl,
        }));
        Webhooks = new StripeWebhookSender(Platform.CreateGatewayClient(), WebhookSecret);
    }

    public async Task DisposeAsync()
    {
        if (Platform is not null)
            await Platform.DisposeAsync();
        if (StandIn is not null)
            await StandIn.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class StripePlatformCollection : ICollectionFixture<StripePlatformFixture>
{
    public const string Name = "stripe platform";
}
