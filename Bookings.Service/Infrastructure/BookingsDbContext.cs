using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Infrastructure;

// Entity mappings live beside their entities as IEntityTypeConfiguration classes.
public sealed class BookingsDbContext(DbContextOptions<BookingsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BookingsDbContext).Assembly);
    }
}
