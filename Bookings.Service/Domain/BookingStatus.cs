namespace Bookings.Service.Domain;

public enum BookingStatus
{
    AwaitingPayment,
    Confirmed,
    Failed,
    Expired,
    Cancelled,
    Refunded,
}
