using Platform.Contracts.Accounts;

namespace Platform.Foundation.Tests.NotificationsService;

// Messages as Auth publishes them; the links carry query strings with '&' as real links do.
internal static class AccountMessages
{
    const string Gateway = "http://127.0.0.1:5080/";

    public static UserRegistered Registered(string email, Guid? userId = null) => new(
        userId ?? Guid.CreateVersion7(),
        email,
        "Ada Lovelace",
        $"{Gateway}api/auth/verify-email?userId={Guid.NewGuid()}&token=verify-{Guid.NewGuid():N}",
        DateTimeOffset.UtcNow);

    public static PasswordResetRequested ResetRequested(string email, Guid? userId = null) => new(
        userId ?? Guid.CreateVersion7(),
        email,
        "Grace Hopper",
        $"{Gateway}reset-password?email={Uri.EscapeDataString(email)}&token=reset-{Guid.NewGuid():N}",
        DateTimeOffset.UtcNow.AddHours(1),
        DateTimeOffset.UtcNow);

    public static OrganizationInvitationCreated Invited(string email) => new(
        Guid.CreateVersion7(),
        Guid.CreateVersion7(),
        "Moonlight Concerts",
        email,
        "staff",
        "Alan Turing",
        $"{Gateway}api/organizations/invitations/accept?id={Guid.NewGuid()}&token=invite-{Guid.NewGuid():N}",
        DateTimeOffset.UtcNow.AddDays(7),
        DateTimeOffset.UtcNow);
}
