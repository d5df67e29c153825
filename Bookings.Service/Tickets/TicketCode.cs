using System.Buffers.Text;
using System.Security.Cryptography;

namespace Bookings.Service.Tickets;

// 160 random bits in base64url (27 characters): unguessable, and short enough to type at the door.
public static class TicketCode
{
    const int RandomBytes = 20;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));
}
