using System.Net;
using System.Net.Http.Json;
using Bookings.Service.Apis;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsCore;

public sealed class IdempotencyTests(BookingsFixture fixture) : IClassFixture<BookingsFixture>
{
    readonly BookingsUnderTest service = fixture.Service;

    [Fact]
    public async Task Same_key_and_same_body_return_the_same_booking_and_hold_once()
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot());
        using var client = service.CustomerClient(Guid.CreateVersion7());

        using var first = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 2), (sale.VipId, 1)), "retry-me");
        // Lines in another order are the same request.
        using var retry = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.VipId, 1), (sale.GeneralId, 2)), "retry-me");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var created = (await first.Content.ReadFromJsonAsync<BookingDto>())!;
        var replayed = (await retry.Content.ReadFromJsonAsync<BookingDto>())!;
        Assert.Equal((created.Id, created.Payment.PaymentId, created.Total), (replayed.Id, replayed.Payment.PaymentId, replayed.Total));
        Assert.Equal(2, (await service.CounterAsync(sale.OccurrenceId, sale.GeneralId))!.Held);
    }

    [Fact]
    public async Task Same_key_with_a_different_body_is_422()
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot());
        using var client = service.CustomerClient(Guid.CreateVersion7());

        using var first = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 2)), "one-key");
        using var changed = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 3)), "one-key");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await changed.NamesFieldAsync(HttpStatusCode.UnprocessableEntity, "idempotencyKey");
        Assert.Equal(2, (await service.CounterAsync(sale.OccurrenceId, sale.GeneralId))!.Held);
    }

    [Fact]
    public async Task Same_key_from_two_customers_makes_two_bookings()
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot());
        using var ada = service.CustomerClient(Guid.CreateVersion7());
        using var bob = service.CustomerClient(Guid.CreateVersion7());

        using var first = await BookingsUnderTest.PlaceAsync(ada, sale.Order((sale.GeneralId, 1)), "shared-key");
        using var second = await BookingsUnderTest.PlaceAsync(bob, sale.Order((sale.GeneralId, 1)), "shared-key");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        Assert.Equal(2, (await service.CounterAsync(sale.OccurrenceId, sale.GeneralId))!.Held);
    }

    [Fact]
    public async Task Concurrent_duplicates_make_one_booking()
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot());
        var customer = Guid.CreateVersion7();

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            using var client = service.CustomerClient(customer);
            using var response = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 3)), "double-click");
            return (response.StatusCode, Booking: await response.Content.ReadFromJsonAsync<BookingDto>());
        }));

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Single(answers.Select(a => a.Booking!.Id).Distinct());
        Assert.Equal(1, await service.ScalarAsync<long>("SELECT count(*) FROM bookings WHERE customer_id = @c", ("c", customer)));
        Assert.Equal(3, (await service.CounterAsync(sale.OccurrenceId, sale.GeneralId))!.Held);
    }
}
