using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Notifications.Service.Model;

namespace Notifications.Service.Infrastructure;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("notifications");
        notification.HasKey(n => n.Id);
        notification.Property(n => n.Id).ValueGeneratedNever();
        notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(50);
        notification.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        notification.Property(n => n.RecipientEmail).HasMaxLength(Notification.MaxEmailLength);
        notification.Property(n => n.RecipientName).HasMaxLength(300);
        notification.Property(n => n.Subject).HasMaxLength(Notification.MaxSubjectLength);
        notification.Property(n => n.LastError).HasMaxLength(Notification.MaxErrorLength);
        notification.OwnsMany(n => n.Attachments, attachment =>
        {
            attachment.ToTable("notification_attachments");
            attachment.WithOwner().HasForeignKey("NotificationId");
            attachment.Property<int>("Id");
            attachment.HasKey("NotificationId", "Id");
            attachment.Property(a => a.FileName).HasMaxLength(EmailAttachment.MaxFileNameLength);
            attachment.Property(a => a.ContentType).HasMaxLength(EmailAttachment.MaxContentTypeLength);
        });

        // The last guard against sending one message's mail twice, even if the inbox were bypassed.
        notification.HasIndex(n => new { n.Kind, n.SourceMessageId }).IsUnique();
        // And of sending two mails of one kind about one booking, even from two messages.
        notification.HasIndex(n => new { n.Kind, n.SubjectId }).IsUnique().HasFilter("subject_id IS NOT NULL");
        // The dispatcher's scan for due mail.
        notification.HasIndex(n => n.NextAttemptAt).HasFilter("status = 'Pending'");
        notification.HasIndex(n => n.UserId);
        notification.HasIndex(n => n.RecipientEmail);
    }
}
