namespace Auth.Service.Accounts.Tokens;

public static class TokenLifetimes
{
    public static readonly TimeSpan AccessToken = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan RefreshToken = TimeSpan.FromDays(14);
}
