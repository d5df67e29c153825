using System.ComponentModel;

namespace Bookings.Service.Apis;

public sealed record FailedRefundDto(
    [Description("Id of the booking whose refund failed.")] Guid BookingId,
    [Description("Status of the booking: Cancelled, or Failed/Expired for a payment that arrived too late.")] string BookingStatus,
    [Description("Id of the event.")] Guid EventId,
    [Description("Title of the event.")] string EventTitle,
    [Description("Id of the booked date (occurrence).")] Guid OccurrenceId,
    [Description("Start of the occurrence, with the venue's offset.")] DateTimeOffset StartsAt,
    [Description("The customer's name.")] string CustomerName,
    [Description("The customer's email address, to reach them about the refund.")] string CustomerEmail,
    [Description("What is to be refunded, in the currency's minor units.")] decimal Amount,
    [Description("ISO 4217 currency code.")] string Currency,
    [Description("Why the refund was asked for: cancelled (a cancelled booking) or late-payment (paid after the hold ran out).")] string Reason,
    [Description("Why Payments gave up, e.g. provider_unavailable.")] string Failure,
    [Description("When Payments gave up.")] DateTimeOffset FailedAt);

public sealed record FailedRefundPage(
    [Description("This page's refunds, the oldest failure first.")] IReadOnlyList<FailedRefundDto> Items,
    int Page,
    int PageSize,
    int TotalCount);
