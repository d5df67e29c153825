using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.ServiceDefaults.Data;

namespace Payments.Service.Infrastructure;

// Lets `dotnet ef migrations add` build the model without a database or the service's settings.
public sealed class PaymentsDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PaymentsDbContext>
{
    public PaymentsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PaymentsDbContext>();
        options.UsePlatformNpgsql("Host=localhost;Database=paymentsdb");
        return new PaymentsDbContext(options.Options);
    }
}
