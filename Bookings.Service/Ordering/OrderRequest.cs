using System.Security.Cryptography;
using System.Text;

namespace Bookings.Service.Ordering;

// A well-formed booking request. Index is the line's position in the request, for error keys.
public sealed record OrderRequest(Guid OccurrenceId, IReadOnlyList<OrderLine> Lines, string? CouponCode = null)
{
    // The same occurrence and the same quantities per ticket type, in any order, give the same fingerprint.
    public string Fingerprint()
    {
        var canonical = new StringBuilder(OccurrenceId.ToString("N"));
        foreach (var line in Lines.OrderBy(l => l.TicketTypeId))
            canonical.Append('|').Append(line.TicketTypeId.ToString("N")).Append(':').Append(line.Quantity);
        if (CouponCode is not null)
            canonical.Append("|coupon:").Append(CouponCode);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}

public sealed record OrderLine(Guid TicketTypeId, int Quantity, int Index)
{
    public string Field(string name) => $"lines[{Index}].{name}";
}
