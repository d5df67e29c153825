using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Notifications.Service.Infrastructure;

public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
    }
}
