using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.ServiceDefaults.Data;

namespace Auth.Service.Infrastructure;

// Lets `dotnet ef migrations add` build the model without a database or the service's settings.
public sealed class AuthDbContextDesignTimeFactory : IDesignTimeDbContextFactory<AuthDbContext>
{
    public AuthDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AuthDbContext>();
        options.UsePlatformNpgsql("Host=localhost;Database=authdb");
        return new AuthDbContext(options.Options);
    }
}
