namespace Events.Service.Domain;

public enum OccurrenceStatus
{
    Scheduled,
    Cancelled,
}
