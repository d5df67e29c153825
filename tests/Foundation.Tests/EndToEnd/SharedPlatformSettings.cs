namespace Platform.Foundation.Tests.EndToEnd;

// What every shared end-to-end platform needs besides its own settings: all tests call from 127.0.0.1 and a few
// users make many calls, so the gateway's sign-in, per-IP, per-user and booking budgets are raised (the brute-force
// test meets real ones through a gateway of its own), and mail is handed to the SMTP sink within a second.
internal static class SharedPlatformSettings
{
    public static Dictionary<string, string?> With(IDictionary<string, string?> own)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:CredentialPermitLimit"] = "1000",
            ["Gateway:PerIpPermitLimit"] = "10000",
            ["Gateway:PerUserPermitLimit"] = "10000",
            ["Gateway:BookingPermitLimit"] = "10000",
            ["Notifications:PollInterval"] = "00:00:00.500",
        };
        foreach (var (key, value) in own)
            settings[key] = value;
        return settings;
    }
}
