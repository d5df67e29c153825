using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Bookings.Service.Saga;
using Bookings.Service.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Bookings;
using Platform.Contracts.Payments;
using Platform.Foundation.Tests.BookingsService;

namespace Platform.Foundation.Tests.BookingsSaga;

// Steps shared by the saga tests: one organization's event with a counter, customers booking on it.
public sealed class SagaScenario(BookingsUnderTest service)
{
    public const int Capacity = 20;

    public Guid OrganizationId { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; } = Guid.CreateVersion7();
    public Guid OccurrenceId { get; init; } = Guid.CreateVersion7();
    public Guid TicketTypeId { get; init; } = Guid.CreateVersion7();

    // How far ahead the occurrence starts; a door scan needs it within door hours (six hours by default).
    public TimeSpan StartsIn { get; init; } = TimeSpan.FromDays(10);

    public async Task<SagaScenario> WithCounterAsync(int capacity = Capacity, Guid? occurrenceId = null)
    {
        await service.QueryAsync(async db =>
        {
            db.Set<InventoryCounter>().Add(new InventoryCounter { OccurrenceId = occurrenceId ?? OccurrenceId, TicketTypeId = TicketTypeId, EventId = EventId, Capacity = capacity });
            return await db.SaveChangesAsync();
        });
        return this;
    }

    // A booking with its seats held and its saga started (RequestPayment seen on the bus).
    public async Task<BookingSeed> BookAsync(Guid? customerId = null, int quantity = 2, TimeSpan? holdFor = null,
        DateTimeOffset? cancellationDeadline = null, Guid? occurrenceId = null)
    {
        var seed = await SeedAsync(customerId, quantity, holdFor, cancellationDeadline, occurrenceId);
        await service.PublishAsync(seed.Created());
        await service.Published.SingleAsync<RequestPayment>(r => r.BookingId == seed.Id);
        return seed;
    }

    // The booking with its seats held and its saga started as placement starts it, BookingCreated not yet published.
    public async Task<BookingSeed> SeedAsync(Guid? customerId = null, int quantity = 2, TimeSpan? holdFor = null,
        DateTimeOffset? cancellationDeadline = null, Guid? occurrenceId = null)
    {
        var booking = BookingSeed.NewBooking(customerId ?? Guid.CreateVersion7(), OrganizationId, EventId, occurrenceId ?? OccurrenceId,
            TicketTypeId, quantity, holdFor ?? TimeSpan.FromMinutes(10), cancellationDeadline, startsIn: StartsIn);
        await service.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<BookingsDbContext>();
            services.GetRequiredService<BookingSagaStart>().Begin(booking, booking.CreatedAt);
            db.Set<Booking>().Add(booking);
            await db.Database.ExecuteSqlAsync(
                $"UPDATE inventory_counters SET held = held + {quantity} WHERE occurrence_id = {booking.OccurrenceId} AND ticket_type_id = {TicketTypeId}");
            return await db.SaveChangesAsync();
        });
        return new BookingSeed(booking);
    }

    public Task PaymentSucceededAsync(BookingSeed seed, Guid? messageId = null) =>
        service.PublishAsync(new PaymentSucceeded(seed.Booking.PaymentId, seed.Id, seed.Booking.Total, seed.Booking.Currency, "Simulated", DateTimeOffset.UtcNow), messageId);

    public Task PaymentFailedAsync(BookingSeed seed, string reason = "card_declined") =>
        service.PublishAsync(new PaymentFailed(seed.Booking.PaymentId, seed.Id, reason, "Your card was declined.", DateTimeOffset.UtcNow));

    public Task PaymentRefundedAsync(BookingSeed seed, string reason) =>
        service.PublishAsync(new PaymentRefunded(seed.Booking.PaymentId, seed.Id, Guid.CreateVersion7(), seed.Booking.Total, seed.Booking.Currency, reason, DateTimeOffset.UtcNow));

    public async Task<BookingSeed> ConfirmedAsync(Guid? customerId = null, int quantity = 2, DateTimeOffset? cancellationDeadline = null, Guid? occurrenceId = null)
    {
        var seed = await BookAsync(customerId, quantity, cancellationDeadline: cancellationDeadline, occurrenceId: occurrenceId);
        await PaymentSucceededAsync(seed);
        await service.Published.SingleAsync<BookingConfirmed>(c => c.Booking.BookingId == seed.Id);
        return seed;
    }
}
