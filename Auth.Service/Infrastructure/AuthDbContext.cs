using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Auth.Service.Infrastructure;

public sealed class AuthDbContext(DbContextOptions<AuthDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
    }
}
