using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Foundation.Tests.Messaging;

public sealed class OrderingDbContext(DbContextOptions<OrderingDbContext> options) : DbContext(options)
{
    public DbSet<TicketOrder> Orders => Set<TicketOrder>();

    public DbSet<TicketOrderReceipt> Receipts => Set<TicketOrderReceipt>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TicketOrder>().ToTable("ticket_orders");
        modelBuilder.Entity<TicketOrderReceipt>().ToTable("ticket_order_receipts");
        modelBuilder.AddMessagingTables();
    }
}
