using System.ComponentModel;

namespace Bookings.Service.Apis;

// One entry as the organizer sees it. Position: 1 for the first in its line; null once it left the line.
public sealed record OrganizerWaitingListEntryDto(
    [Description("Id of the entry.")] Guid Id,
    [Description("Place in its line, 1 for the first; null once it left the line.")] int? Position,
    [Description("Id of the date (occurrence).")] Guid OccurrenceId,
    [Description("Id of the ticket type.")] Guid TicketTypeId,
    [Description("Name of the ticket type.")] string TicketTypeName,
    [Description("The waiting customer's email address.")] string CustomerEmail,
    [Description("How many seats are wanted.")] int Quantity,
    [Description("Waiting, Offered, Claimed, Lapsed, Left or Closed.")] string Status,
    [Description("When the entry joined the line.")] DateTimeOffset JoinedAt,
    [Description("When an open offer runs out; null without one.")] DateTimeOffset? OfferExpiresAt,
    [Description("The booking made by claiming, once claimed.")] Guid? BookingId);

// One line (occurrence, ticket type) with someone in it. SeatsWanted: the quantities of everyone in line,
// waiting or holding an offer.
public sealed record WaitingLineSummaryDto(
    [Description("Id of the date (occurrence).")] Guid OccurrenceId,
    [Description("Id of the ticket type.")] Guid TicketTypeId,
    [Description("Name of the ticket type.")] string TicketTypeName,
    [Description("Start of the occurrence, with the venue's offset.")] DateTimeOffset StartsAt,
    [Description("Entries waiting for an offer.")] int Waiting,
    [Description("Entries holding an offer now.")] int Offered,
    [Description("Seats wanted by everyone in line, waiting or holding an offer.")] int SeatsWanted);

public sealed record OrganizerWaitingListPage(
    [Description("This page's entries in line order.")] IReadOnlyList<OrganizerWaitingListEntryDto> Items,
    int Page,
    int PageSize,
    int TotalCount,
    [Description("Each line (occurrence and ticket type) with someone in it, and its counts.")] IReadOnlyList<WaitingLineSummaryDto> Summary);
