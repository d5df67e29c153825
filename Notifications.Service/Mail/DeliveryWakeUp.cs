using Platform.ServiceDefaults.Background;

namespace Notifications.Service.Mail;

// Wakes the dispatcher when a notification commits, so mail leaves at once.
public sealed class DeliveryWakeUp : WakeUpSignal;
