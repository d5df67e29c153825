namespace Bookings.Service.Saga;

// Everything that can move a booking's saga after it started.
public enum SagaTrigger
{
    PaymentSucceeded,
    PaymentFailed,
    HoldExpired,
    CustomerCancelled,
    OrganizerCancelled,
    PaymentRefunded,
}
