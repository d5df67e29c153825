namespace Bookings.Service.Saga;

// A trigger with what its message said: a failure's reason and text, a cancellation's reason, a refund's amount.
public sealed record SagaEvent(SagaTrigger Trigger, string? Reason = null, string? Message = null, decimal? Amount = null)
{
    public const string ByCustomer = "customer";
    public const string ByOrganizer = "organizer";
}
