namespace Auth.Service.Accounts;

public static class EmailAddresses
{

    public static string Clean(string email) => email.Trim().ToLowerInvariant();
}
