using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.ServiceDefaults.Data;

namespace Notifications.Service.Infrastructure;

// Lets `dotnet ef migrations add` build the model without a database or the service's settings.
public sealed class NotificationsDbContextDesignTimeFactory : IDesignTimeDbContextFactory<NotificationsDbContext>
{
    public NotificationsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<NotificationsDbContext>();
        options.UsePlatformNpgsql("Host=localhost;Database=notificationsdb");
        return new NotificationsDbContext(options.Options);
    }
}
