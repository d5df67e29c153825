using Auth.Service.Accounts.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Service.Infrastructure;

internal sealed class PlatformUserConfiguration : IEntityTypeConfiguration<PlatformUser>
{
    public void Configure(EntityTypeBuilder<PlatformUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(PlatformUser.DisplayNameMaxLength);
        user.Property(u => u.Email).HasMaxLength(PlatformUser.EmailMaxLength);
        user.Property(u => u.NormalizedEmail).HasMaxLength(PlatformUser.EmailMaxLength);
        // Identity only indexes the normalised email; uniqueness is the database's promise, not a race.
        user.HasIndex(u => u.NormalizedEmail).IsUnique();
    }
}
