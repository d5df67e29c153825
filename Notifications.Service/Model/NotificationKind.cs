namespace Notifications.Service.Model;

// One kind per message that sends mail; stored by name, so never rename a member.
public enum NotificationKind
{
    EmailVerification,
    PasswordReset,
    OrganizationInvitation,
    BookingConfirmed,
    BookingFailed,
    BookingExpired,
    BookingCancelled,
    BookingRefunded,
    WaitingListOfferMade,
    WaitingListOfferLapsed,
    WaitingListClosed,
    TicketReceived,
    TicketTransferred,
    BookingRefundFailed,
}
