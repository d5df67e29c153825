using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Payments.Service.Infrastructure;

public sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
    }
}
