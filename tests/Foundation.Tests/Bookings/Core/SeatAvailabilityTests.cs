using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Bookings;
using Platform.Foundation.Tests.BookingsService;
using Platform.Foundation.Tests.Messaging;
using Xunit;

namespace Platform.Foundation.Tests.BookingsCore;

public sealed class SeatAvailabilityTests(BookingsFixture fixture) : IClassFixture<BookingsFixture>
{
    readonly BookingsUnderTest service = fixture.Service;

    [Fact]
    public async Task Availability_reaches_the_bus_within_two_seconds_and_many_holds_coalesce_into_few_messages()
    {
        var received = new ConcurrentQueue<SeatAvailabilityChanged>();
        var connector = service.Factory.Services.GetRequiredService<IBus>();
        var endpoint = connector.ConnectReceiveEndpoint("test-availability-" + Guid.NewGuid().ToString("N")[..8], cfg =>
            cfg.Handler<SeatAvailabilityChanged>(context =>
            {
                received.Enqueue(context.Message);
                return Task.CompletedTask;
            }));
        await endpoint.Ready;
        try
        {
            var sale = SaleFixture.New();
            await service.FeedAsync(sale.Snapshot(generalCapacity: 100));
            await Eventually.HoldsAsync(() => Task.FromResult(received.Any(m => m.TicketTypeId == sale.GeneralId)), BookingsUnderTest.Deadline, "the new counter is announced");
            var first = received.Single(m => m.TicketTypeId == sale.GeneralId);
            Assert.Equal((sale.EventId, sale.OccurrenceId, 100, 0, 0, 1L), (first.EventId, first.OccurrenceId, first.Capacity, first.Held, first.Sold, first.Version));

            const int holds = 30;
            await Task.WhenAll(Enumerable.Range(0, holds).Select(async i =>
            {
                using var client = service.CustomerClient(Guid.CreateVersion7());
                using var response = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 1)), $"drop-{i}");
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }));
            var afterLastHold = Stopwatch.StartNew();

            await Eventually.HoldsAsync(() => Task.FromResult(received.Any(m => m.TicketTypeId == sale.GeneralId && m.Held == holds)), TimeSpan.FromSeconds(2), "the last hold is announced");
            Assert.InRange(afterLastHold.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
            var messages = received.Where(m => m.TicketTypeId == sale.GeneralId).ToList();
            Assert.True(messages.Count < holds / 2, $"{holds} holds made {messages.Count} messages");
            Assert.Equal(holds + 1, messages.Max(m => m.Version));
            Assert.Equal(messages.Count, messages.Select(m => m.Version).Distinct().Count());
        }
        finally
        {
            await endpoint.StopAsync();
        }
    }
}
