using Microsoft.EntityFrameworkCore;
using Notifications.Service.Model;
using Platform.ServiceDefaults.Messaging;

namespace Notifications.Service.Infrastructure;

public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<Notification> Notifications => Set<Notification>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.ApplyConfiguration(new NotificationConfiguration());
    }
}
