using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.ServiceDefaults.Data;

namespace Bookings.Service.Infrastructure;

// Lets `dotnet ef migrations add` build the model without a database or the service's settings.
public sealed class BookingsDbContextDesignTimeFactory : IDesignTimeDbContextFactory<BookingsDbContext>
{
    public BookingsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<BookingsDbContext>();
        options.UsePlatformNpgsql("Host=localhost;Database=bookingsdb");
        return new BookingsDbContext(options.Options);
    }
}
