namespace Bookings.Service.WaitingList;

// Waiting and Offered are active (one per customer per ticket type); the others are final.
public enum WaitingListStatus
{
    Waiting,
    Offered,
    Claimed,
    Lapsed,
    Left,
    // The organizer cancelled the event or the occurrence.
    Closed,
}
