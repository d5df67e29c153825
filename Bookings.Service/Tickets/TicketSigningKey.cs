namespace Bookings.Service.Tickets;

// The ES256 key that signs ticket tokens, generated once and shared by every Bookings instance.
public sealed class TicketSigningKey
{
    public const string CurrentPurpose = "tickets";

    public required string KeyId { get; init; }
    public required string Purpose { get; init; }

    // PKCS#8; never leaves the database except as the public JWK.
    public required byte[] PrivateKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
