using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Infrastructure;

public sealed class BookingsDbContext(DbContextOptions<BookingsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
    }
}
