using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Payments.Service.Providers.Stripe;

internal sealed class StripePaymentIntentConfiguration : IEntityTypeConfiguration<StripePaymentIntent>
{
    public void Configure(EntityTypeBuilder<StripePaymentIntent> intent)
    {
        intent.ToTable("stripe_payment_intents");
        intent.HasKey(i => i.PaymentId);
        intent.Property(i => i.PaymentId).ValueGeneratedNever();
        intent.HasIndex(i => i.IntentId).IsUnique();
        intent.Property(i => i.IntentId).HasMaxLength(255);
        intent.Property(i => i.ClientSecret).HasMaxLength(500);
    }
}
