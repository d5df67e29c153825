namespace Events.Service.Domain;

// When staff may admit ticket holders: from a set time before an occurrence starts until it ends.
public static class DoorHours
{
    public const int DefaultOpensMinutesBefore = 6 * 60;
    public const int MaxOpensMinutesBefore = 7 * 24 * 60;
}
