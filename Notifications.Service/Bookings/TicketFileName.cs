namespace Notifications.Service.Bookings;

public static class TicketFileName
{
    // Codes are ours (letters and digits), but a file name must never carry a path.
    public static string Of(Guid ticketId, string code)
    {
        var safe = new string(code.Where(char.IsAsciiLetterOrDigit).Take(40).ToArray());
        return $"ticket-{(safe.Length > 0 ? safe : ticketId.ToString("N"))}.png";
    }
}
