using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Http;

namespace Bookings.Service.Saga;

// The refunds Payments gave up on for an organization's bookings: each needs a person until Payments
// reports the money returned (PaymentRefunded), which takes it off the list.
public sealed class FailedRefunds(BookingsDbContext db)
{
    public sealed record Row(BookingState Saga, Booking Booking);

    public Task<(List<Row> Items, int Total)> PageAsync(Guid organizationId, PageRequest paging, CancellationToken cancellationToken) =>
        (from saga in db.Set<BookingState>().AsNoTracking()
         join booking in db.Set<Booking>().AsNoTracking() on saga.CorrelationId equals booking.Id
         where booking.OrganizationId == organizationId && saga.RefundFailedAt != null && saga.RefundedAt == null
         orderby saga.RefundFailedAt, saga.CorrelationId
         select new Row(saga, booking))
        .ReadPageAsync(paging, cancellationToken);
}
