using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Bookings.Service.Apis;

// Nullable members so a missing value is a 400 naming the field rather than a default silently used.
public sealed record JoinWaitingListRequest(
    [Required, Description("The date (occurrence) to wait for.")] Guid? OccurrenceId,
    [Required, Description("The ticket type to wait for.")] Guid? TicketTypeId,
    [Required, Description("How many seats are wanted; more than are left now.")] int? Quantity);

// Position: 1 for the first in line, counting the active (waiting or offered) entries that joined earlier;
// null once the entry is no longer in line. ClaimUrl is set while an offer can be claimed.
public sealed record WaitingListEntryDto(
    [Description("Id of the entry.")] Guid Id,
    [Description("Waiting, Offered (seats held for you: claim them), Claimed, Lapsed (the offer ran out), Left or Closed (the date was cancelled).")] string Status,
    [Description("Place in line, 1 for the first; null once no longer in line.")] int? Position,
    [Description("Id of the event.")] Guid EventId,
    [Description("Id of the date (occurrence).")] Guid OccurrenceId,
    [Description("Id of the ticket type.")] Guid TicketTypeId,
    [Description("Title of the event.")] string EventTitle,
    [Description("Name of the ticket type.")] string TicketTypeName,
    [Description("Start of the occurrence, with the venue's offset.")] DateTimeOffset StartsAt,
    [Description("How many seats are wanted.")] int Quantity,
    [Description("When the entry joined the line.")] DateTimeOffset JoinedAt,
    [Description("When an open offer runs out; null without one.")] DateTimeOffset? OfferExpiresAt,
    [Description("The booking made by claiming the offer, once claimed.")] Guid? BookingId,
    [Description("Path to POST to claim the offer, while it can be claimed.")] string? ClaimUrl);

public sealed record WaitingListPage(
    [Description("This page's entries, newest first.")] IReadOnlyList<WaitingListEntryDto> Items,
    int Page,
    int PageSize,
    int TotalCount);
