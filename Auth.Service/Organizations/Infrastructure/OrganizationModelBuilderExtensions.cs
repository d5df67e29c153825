using Auth.Service.Organizations.Model;
using Microsoft.EntityFrameworkCore;

namespace Auth.Service.Organizations.Infrastructure;

public static class OrganizationModelBuilderExtensions
{
    // AuthDbContext calls this in OnModelCreating; column names come from the snake_case convention.
    public static ModelBuilder AddOrganizationModel(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organization>(organization =>
        {
            organization.ToTable("organizations");
            organization.HasKey(o => o.Id);
            organization.Property(o => o.Id).ValueGeneratedNever();
            organization.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength);
            organization.Ignore(o => o.IsDisabled);
            organization.HasMany(o => o.Members).WithOne(m => m.Organization).HasForeignKey(m => m.OrganizationId)
                .OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<OrganizationMember>(member =>
        {
            member.ToTable("organization_members");
            member.HasKey(m => new { m.OrganizationId, m.UserId });
            member.Property(m => m.Role).HasMaxLength(20);
            // Tokens list a user's memberships at every sign-in and refresh.
            member.HasIndex(m => m.UserId);
        });

        modelBuilder.Entity<OrganizationInvitation>(invitation =>
        {
            invitation.ToTable("organization_invitations");
            invitation.HasKey(i => i.Id);
            invitation.Property(i => i.Id).ValueGeneratedNever();
            invitation.Property(i => i.Email).HasMaxLength(OrganizationInvitation.EmailMaxLength);
            invitation.Property(i => i.NormalizedEmail).HasMaxLength(OrganizationInvitation.EmailMaxLength);
            invitation.Property(i => i.Role).HasMaxLength(20);
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.HasOne(i => i.Organization).WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            invitation.HasIndex(i => new { i.OrganizationId, i.NormalizedEmail });
        });

        return modelBuilder;
    }
}
