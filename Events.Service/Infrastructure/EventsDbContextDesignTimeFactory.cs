using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.ServiceDefaults.Data;

namespace Events.Service.Infrastructure;

// Lets `dotnet ef migrations add` build the model without a database or the service's settings.
public sealed class EventsDbContextDesignTimeFactory : IDesignTimeDbContextFactory<EventsDbContext>
{
    public EventsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<EventsDbContext>();
        options.UsePlatformNpgsql("Host=localhost;Database=eventsdb");
        return new EventsDbContext(options.Options);
    }
}
