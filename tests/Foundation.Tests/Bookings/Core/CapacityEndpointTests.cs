using System.Net;
using System.Net.Http.Json;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsCore;

public sealed class CapacityEndpointTests(BookingsFixture fixture) : IClassFixture<BookingsFixture>
{
    readonly BookingsUnderTest service = fixture.Service;

    static string CapacityPath(SaleFixture sale, Guid? ticketTypeId = null) =>
        $"/api/bookings/inventory/events/{sale.EventId}/ticket-types/{ticketTypeId ?? sale.GeneralId}/capacity";

    async Task<SaleFixture> SaleWithHeldSeatsAsync(int held)
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot(generalCapacity: 50));
        using var buyer = service.CustomerClient(Guid.CreateVersion7());
        using var hold = await BookingsUnderTest.PlaceAsync(buyer, sale.Order((sale.GeneralId, held)), "held");
        Assert.Equal(HttpStatusCode.Created, hold.StatusCode);
        return sale;
    }

    [Fact]
    public async Task Organizer_lowers_capacity_to_what_is_already_taken_and_gets_204()
    {
        var sale = await SaleWithHeldSeatsAsync(6);
        using var owner = service.CustomerClient(Guid.CreateVersion7(), $"{sale.OrganizationId}:staff");

        using var response = await owner.PutAsJsonAsync(CapacityPath(sale), new { occurrenceId = (Guid?)null, capacity = 6 });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(new CounterRow(6, 6, 0, 3), await service.CounterAsync(sale.OccurrenceId, sale.GeneralId));
    }

    [Fact]
    public async Task Capacity_below_held_and_sold_is_409_with_the_numbers_and_changes_nothing()
    {
        var sale = await SaleWithHeldSeatsAsync(6);
        using var owner = service.CustomerClient(Guid.CreateVersion7(), $"{sale.OrganizationId}:owner");

        using var response = await owner.PutAsJsonAsync(CapacityPath(sale), new { occurrenceId = sale.OccurrenceId, capacity = 5 });

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal((6, 0, sale.OccurrenceId), (problem.GetProperty("held").GetInt32(), problem.GetProperty("sold").GetInt32(), problem.GetProperty("occurrenceId").GetGuid()));
        Assert.Equal(50, (await service.CounterAsync(sale.OccurrenceId, sale.GeneralId))!.Capacity);
    }

    [Fact]
    public async Task Capacity_of_an_event_without_inventory_or_of_another_organization_is_404()
    {
        var sale = await SaleWithHeldSeatsAsync(1);
        var unknownEvent = SaleFixture.New();
        using var owner = service.CustomerClient(Guid.CreateVersion7(), $"{sale.OrganizationId}:owner", $"{unknownEvent.OrganizationId}:owner");
        using var stranger = service.CustomerClient(Guid.CreateVersion7(), $"{Guid.CreateVersion7()}:owner");
        var body = new { occurrenceId = (Guid?)null, capacity = 10 };

        using var notMine = await stranger.PutAsJsonAsync(CapacityPath(sale), body);
        using var noEvent = await owner.PutAsJsonAsync(CapacityPath(unknownEvent), body);
        using var noTicketType = await owner.PutAsJsonAsync(CapacityPath(sale, Guid.CreateVersion7()), body);
        using var noOccurrence = await owner.PutAsJsonAsync(CapacityPath(sale), new { occurrenceId = Guid.CreateVersion7(), capacity = 10 });
        using var anonymous = await service.Anonymous().PutAsJsonAsync(CapacityPath(sale), body);

        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Unauthorized],
            new[] { notMine.StatusCode, noEvent.StatusCode, noTicketType.StatusCode, noOccurrence.StatusCode, anonymous.StatusCode });
        Assert.Equal(50, (await service.CounterAsync(sale.OccurrenceId, sale.GeneralId))!.Capacity);
    }

    [Theory]
    [InlineData("""{"capacity":-1}""", "capacity")]
    [InlineData("""{}""", "capacity")]
    [InlineData("""{"capacity":"many"}""", "capacity")]
    [InlineData("""{"occurrenceId":"00000000-0000-0000-0000-000000000000","capacity":3}""", "occurrenceId")]
    public async Task Bad_capacity_is_400_naming_the_field(string body, string field)
    {
        var sale = await SaleWithHeldSeatsAsync(1);
        using var owner = service.CustomerClient(Guid.CreateVersion7(), $"{sale.OrganizationId}:owner");

        using var response = await owner.PutAsync(CapacityPath(sale), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.NamesFieldAsync(HttpStatusCode.BadRequest, field);
    }
}
