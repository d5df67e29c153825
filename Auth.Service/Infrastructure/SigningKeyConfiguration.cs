using Auth.Service.Accounts.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Service.Infrastructure;

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> key)
    {
        key.ToTable("signing_keys");
        key.HasKey(k => k.Id);
        key.Property(k => k.Id).HasMaxLength(64);
        key.Property(k => k.Algorithm).HasMaxLength(16);
    }
}
