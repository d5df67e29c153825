namespace Events.Service.Domain;

public enum EventStatus
{
    Draft,
    Published,
    Cancelled,
}
