using System.Net;
using System.Net.Http.Json;
using Bookings.Service.Apis;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsCore;

public sealed class ReadBookingTests(BookingsFixture fixture) : IClassFixture<BookingsFixture>
{
    readonly BookingsUnderTest service = fixture.Service;

    [Fact]
    public async Task Customer_reads_their_booking_and_another_customer_gets_404()
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot());
        using var ada = service.CustomerClient(Guid.CreateVersion7());
        using var bob = service.CustomerClient(Guid.CreateVersion7());
        using var placed = await BookingsUnderTest.PlaceAsync(ada, sale.Order((sale.GeneralId, 1)), "read-me");
        var booking = (await placed.Content.ReadFromJsonAsync<BookingDto>())!;

        var mine = await ada.GetFromJsonAsync<BookingDto>($"/api/bookings/{booking.Id}");
        using var theirs = await bob.GetAsync($"/api/bookings/{booking.Id}");
        using var unknown = await ada.GetAsync($"/api/bookings/{Guid.CreateVersion7()}");
        using var anonymous = await service.Anonymous().GetAsync($"/api/bookings/{booking.Id}");

        Assert.Equal(booking, mine! with { Lines = booking.Lines });
        Assert.Equal(booking.Lines, mine.Lines);
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task My_bookings_are_listed_newest_first_in_pages_and_nobody_elses()
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot());
        using var ada = service.CustomerClient(Guid.CreateVersion7());
        using var bob = service.CustomerClient(Guid.CreateVersion7());
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            using var placed = await BookingsUnderTest.PlaceAsync(ada, sale.Order((sale.GeneralId, 1)), $"list-{i}");
            ids.Add((await placed.Content.ReadFromJsonAsync<BookingDto>())!.Id);
        }
        using (await BookingsUnderTest.PlaceAsync(bob, sale.Order((sale.GeneralId, 1)), "bobs"))
        {
        }

        var first = (await ada.GetFromJsonAsync<BookingPage>("/api/bookings?page=1&pageSize=2"))!;
        var second = (await ada.GetFromJsonAsync<BookingPage>("/api/bookings?page=2&pageSize=2"))!;

        Assert.Equal(3, first.TotalCount);
        Assert.Equal([ids[2], ids[1]], first.Items.Select(b => b.Id));
        Assert.Equal([ids[0]], second.Items.Select(b => b.Id));
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?pageSize=101", "pageSize")]
    [InlineData("?pageSize=x", "pageSize")]
    public async Task Bad_paging_is_400_naming_the_field(string query, string field)
    {
        using var client = service.CustomerClient(Guid.CreateVersion7());

        using var response = await client.GetAsync("/api/bookings" + query);

        await response.NamesFieldAsync(HttpStatusCode.BadRequest, field);
    }
}
