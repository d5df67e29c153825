namespace Notifications.Service.Model;

// Exponential back-off between delivery attempts of one notification: first, 2x first, 4x first ... capped.
public sealed record DeliveryBackoff(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public TimeSpan DelayAfter(int attempts)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var delay = FirstDelay.TotalMilliseconds * Math.Pow(2, exponent);
        return delay >= MaxDelay.TotalMilliseconds ? MaxDelay : TimeSpan.FromMilliseconds(delay);
    }
}
