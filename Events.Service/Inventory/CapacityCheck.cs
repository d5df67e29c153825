using System.Text.Json;

namespace Events.Service.Inventory;

// Bookings' answer to "lower this ticket type's capacity to N".
public abstract record CapacityCheck
{
    // Applied, or Bookings has no inventory for the event yet (nothing held or sold).
    public sealed record Accepted : CapacityCheck;

    // Held + sold exceed the new capacity somewhere; Bookings' ProblemDetails is passed on.
    public sealed record Refused(JsonElement Problem) : CapacityCheck;

    public sealed record Unavailable(string Reason) : CapacityCheck;
}
