using System.Text.Json;
using Auth.Service.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Platform.Foundation.Tests.Accounts;

public sealed class OrganizationClaimTests
{
    private static readonly Guid Venue = Guid.CreateVersion7();
    private static readonly Guid Festival = Guid.CreateVersion7();

    [Fact]
    public async Task Access_tokens_carry_one_org_claim_per_membership_from_the_membership_source()
    {
        await using var auth = await AuthUnderTest.StartAsync(services: services =>
            services.AddScoped<IOrganizationMembershipSource, TwoMemberships>());
        var email = AuthUnderTest.NewEmail();
        await auth.RegisterAsync(email);

        var tokens = await auth.SignInAsync(email);
        using var refreshed = await auth.RefreshAsync(tokens.RefreshToken);
        var afterRefresh = await Tokens.ReadAsync(refreshed);

        Assert.Equal([$"{Venue}:owner", $"{Festival}:staff"], Orgs(tokens.AccessToken));
        Assert.Equal([$"{Venue}:owner", $"{Festival}:staff"], Orgs(afterRefresh.AccessToken));
    }

    private static string[] Orgs(string accessToken)
    {
        var org = Jwt.Decode(accessToken).Payload.GetProperty("org");
        return org.ValueKind == JsonValueKind.Array ? [.. org.EnumerateArray().Select(o => o.GetString()!)] : [org.GetString()!];
    }

    private sealed class TwoMemberships : IOrganizationMembershipSource
    {
        public Task<IReadOnlyList<(Guid OrganizationId, string Role)>> ForUserAsync(Guid userId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<(Guid, string)>>([(Venue, "owner"), (Festival, "staff")]);
    }
}
