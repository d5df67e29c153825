using System.Security.Claims;
using Platform.ServiceDefaults.Authentication;
using Xunit;

namespace Platform.Foundation.Tests.Authentication;

public sealed class ClaimsPrincipalExtensionsTests
{
    private static ClaimsPrincipal User(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));

    [Fact]
    public void RoleIn_reads_the_role_of_that_organization_only()
    {
        var mine = Guid.NewGuid();
        var user = User(("org", $"{mine}:staff"));

        Assert.Equal("staff", user.RoleIn(mine));
        Assert.True(user.IsMemberOf(mine));
        Assert.Null(user.RoleIn(Guid.NewGuid()));
        Assert.False(user.IsMemberOf(Guid.NewGuid()));
    }

    [Fact]
    public void Malformed_or_unknown_membership_claims_grant_nothing()
    {
        var organization = Guid.NewGuid();
        var user = User(("org", $"{organization}:admin"), ("org", "owner"), ("org", $"{organization}"), ("org", ":owner"));

        Assert.Null(user.RoleIn(organization));
        Assert.Empty(user.Memberships());
    }

    [Fact]
    public void Owner_wins_when_a_token_names_both_roles_for_one_organization()
    {
        var organization = Guid.NewGuid();
        Assert.Equal("owner", User(("org", $"{organization}:staff"), ("org", $"{organization}:owner")).RoleIn(organization));
    }

    [Fact]
    public void UserId_is_null_for_a_missing_or_non_guid_subject()
    {
        var id = Guid.NewGuid();
        Assert.Equal(id, User(("sub", id.ToString())).UserId());
        Assert.Null(User(("sub", "12345")).UserId());
        Assert.Null(User().UserId());
    }

    [Fact]
    public void IsAdmin_needs_the_admin_role_claim_not_a_lookalike()
    {
        Assert.True(User(("role", "staff"), ("role", "admin")).IsAdmin());
        Assert.False(User(("role", "Admin ")).IsAdmin());
        Assert.False(User(("name", "admin")).IsAdmin());
    }
}
