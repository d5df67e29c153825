namespace Bookings.Service.Saga;

public static class RefundReasons
{
    public const string Cancelled = "cancelled";
    public const string LatePayment = "late-payment";
}
