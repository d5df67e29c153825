using System.ComponentModel.DataAnnotations;

using Platform.Gateway.Security;

namespace Platform.Gateway;

// Bound from the "Gateway" section; validated at start so a bad value names itself.
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    [Range(1, long.MaxValue, ErrorMessage = "Gateway:MaxRequestBodyBytes must be a positive number of bytes.")]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00",
        ErrorMessage = "Gateway:DownstreamHealthTimeout must be between 100 ms and 1 minute.")]
    public TimeSpan DownstreamHealthTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Requests one client IP may make per <see cref="PerIpWindow"/>, on any route.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Gateway:PerIpPermitLimit must be between 1 and 1000000.")]
    public int PerIpPermitLimit { get; set; } = 100;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Gateway:PerIpWindow must be between 1 second and 1 hour.")]
    public TimeSpan PerIpWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests one signed-in user (the token's subject) may make per <see cref="PerUserWindow"/>, on any route.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Gateway:PerUserPermitLimit must be between 1 and 1000000.")]
    public int PerUserPermitLimit { get; set; } = 100;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Gateway:PerUserWindow must be between 1 second and 1 hour.")]
    public TimeSpan PerUserWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Bookings (POST /api/bookings, each one a seat hold) one user, or one address when anonymous, may create per <see cref="BookingWindow"/>.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Gateway:BookingPermitLimit must be between 1 and 1000000.")]
    public int BookingPermitLimit { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Gateway:BookingWindow must be between 1 second and 1 hour.")]
    public TimeSpan BookingWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Credential-guessing routes (sign-in, registration, password reset, token): a much smaller budget per IP.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Gateway:CredentialPermitLimit must be between 1 and 1000000.")]
    public int CredentialPermitLimit { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Gateway:CredentialWindow must be between 1 second and 1 hour.")]
    public TimeSpan CredentialWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Browser origins allowed to call the API cross-site; none by default.</summary>
    [AllowedOrigins]
    public string[] AllowedOrigins { get; set; } = [];
}
