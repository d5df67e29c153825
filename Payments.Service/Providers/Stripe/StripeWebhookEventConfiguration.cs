using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Payments.Service.Providers.Stripe;

internal sealed class StripeWebhookEventConfiguration : IEntityTypeConfiguration<StripeWebhookEvent>
{
    public void Configure(EntityTypeBuilder<StripeWebhookEvent> webhookEvent)
    {
        webhookEvent.ToTable("stripe_webhook_events");
        webhookEvent.HasKey(e => e.EventId);
        webhookEvent.Property(e => e.EventId).HasMaxLength(255);
        webhookEvent.Property(e => e.Type).HasMaxLength(100);
        webhookEvent.Property(e => e.Outcome).HasMaxLength(100);
    }
}
