namespace Events.Service.Domain;

// One date the schedule generates, as UTC instants.
public readonly record struct ScheduledInstance(DateTimeOffset StartsAt, DateTimeOffset EndsAt);
