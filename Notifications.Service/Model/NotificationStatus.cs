namespace Notifications.Service.Model;

public enum NotificationStatus
{
    Pending,
    Sent,
    Failed,
}
