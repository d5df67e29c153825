namespace Events.Service.Domain;

// Where the event takes place; TimeZone is an IANA id and every local time of the event is in it.
public sealed class Venue
{
    public required string Name { get; set; }
    public required string Address { get; set; }
    public required string City { get; set; }
    public required string Country { get; set; }
    public required string TimeZone { get; set; }
}
