namespace Bookings.Service.WaitingList;

// The organizer view's query string, read by hand so a bad value is a 400 naming its field.
public sealed record OrganizerWaitingListFilter(Guid? OccurrenceId, Guid? TicketTypeId, WaitingListStatus? Status)
{
    public static bool TryParse(string? occurrenceId, string? ticketTypeId, string? status, out OrganizerWaitingListFilter filter, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var occurrence = ReadId(occurrenceId, "occurrenceId", errors);
        var ticketType = ReadId(ticketTypeId, "ticketTypeId", errors);
        WaitingListStatus? wanted = null;
        if (status is not null)
        {
            // Names only: Enum.TryParse would also take "3".
            var match = Enum.GetNames<WaitingListStatus>().FirstOrDefault(n => string.Equals(n, status, StringComparison.OrdinalIgnoreCase));
            if (match is null)
                errors["status"] = [$"status must be one of {string.Join(", ", Enum.GetNames<WaitingListStatus>())}."];
            else
                wanted = Enum.Parse<WaitingListStatus>(match);
        }
        filter = new OrganizerWaitingListFilter(occurrence, ticketType, wanted);
        return errors.Count == 0;
    }

    static Guid? ReadId(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (value is null)
            return null;
        if (Guid.TryParse(value, out var id) && id != Guid.Empty)
            return id;
        errors[field] = [$"{field} must be an id (a GUID)."];
        return null;
    }
}
