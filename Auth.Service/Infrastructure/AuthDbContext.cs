using Auth.Service.Accounts.Signing;
using Auth.Service.Accounts.Users;
using Auth.Service.Organizations.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Auth.Service.Infrastructure;

public sealed class AuthDbContext(DbContextOptions<AuthDbContext> options)
    : IdentityDbContext<PlatformUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddMessagingTables();
        modelBuilder.UseOpenIddict();
        modelBuilder.ApplyConfiguration(new PlatformUserConfiguration());
        modelBuilder.ApplyConfiguration(new SigningKeyConfiguration());
        modelBuilder.AddOrganizationModel();
        modelBuilder.UseSnakeCaseTableNames();
    }
}
