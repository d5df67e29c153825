using System.Net;
using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd;
using Xunit;

namespace Platform.Foundation.Tests.Catalog;

// The organizer journey through the gateway with real accounts: Auth issues the tokens, Events checks them.
[Collection(EndToEndCollection.Name)]
public sealed class CatalogJourneyTests(PlatformFixture fixture)
{
    [Fact]
    public async Task Organizer_creates_publishes_edits_and_cancels_while_anyone_browses_and_other_tenants_see_404()
    {
        var organizer = Customer.New(fixture.Platform, "organizer");
        await organizer.RegisterAsync("Olga Organizer");
        var token = (await organizer.SignInAsync()).AccessToken;
        using (var org = await organizer.SendAsync(HttpMethod.Post, "/api/organizations", token, new { name = "Riverside Concerts" }))
        {
            Assert.True(org.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(org));
            var organizationId = (await Json(org)).GetProperty("id").GetGuid();
            token = (await organizer.SignInAsync()).AccessToken;
            await JourneyAsync(organizer, token, organizationId);
        }
    }

    private async Task JourneyAsync(Customer organizer, string token, Guid organizationId)
    {
        var events = $"/api/events/organizations/{organizationId}/events";
        using var anonymousCreate = await organizer.Gateway.PostAsync(events, JsonContent(EventDrafts.Concert()));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousCreate.StatusCode);

        var title = "Riverside Sessions " + Guid.NewGuid().ToString("N")[..6];
        using var created = await organizer.SendAsync(HttpMethod.Post, events, token,
            EventDrafts.Concert(title: title, recurrence: new { rrule = "FREQ=WEEKLY;COUNT=3" }));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(created));
        var draft = await Json(created);
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await organizer.Gateway.GetAsync($"/api/events/{id}")).StatusCode);

        using (var publish = await organizer.SendAsync(HttpMethod.Post, $"{events}/{id}/publish", token, new { }))
            Assert.True(publish.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(publish));
        var listing = await Json(await organizer.Gateway.GetAsync($"/api/events?organizationId={organizationId}"));
        Assert.Equal(title, listing.GetProperty("items")[0].GetProperty("title").GetString());
        var detail = await Json(await organizer.Gateway.GetAsync($"/api/events/{id}"));
        Assert.Equal(3, detail.GetProperty("occurrences").GetArrayLength());
        var occurrence = detail.GetProperty("occurrences")[0].GetProperty("id").GetGuid();
        using (var ics = await organizer.Gateway.GetAsync($"/api/events/{id}/occurrences/{occurrence}.ics"))
            Assert.Contains("BEGIN:VEVENT", await ics.Content.ReadAsStringAsync());

        var edited = EventDrafts.Concert(title: title + " (extended)", recurrence: new { rrule = "FREQ=WEEKLY;COUNT=3" });
        edited["ticketTypes"] = OrganizerLifecycleTests.KeepTicketTypes(detail);
        using (var edit = await organizer.SendAsync(HttpMethod.Put, $"{events}/{id}", token, edited))
            Assert.True(edit.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(edit));
        Assert.Equal(title + " (extended)", (await Json(await organizer.Gateway.GetAsync($"/api/events/{id}"))).GetProperty("title").GetString());

        var rival = Customer.New(fixture.Platform, "rival");
        await rival.RegisterAsync("Rita Rival");
        var rivalToken = (await rival.SignInAsync()).AccessToken;
        using (var peek = await rival.SendAsync(HttpMethod.Get, $"{events}/{id}", rivalToken))
            Assert.Equal(HttpStatusCode.NotFound, peek.StatusCode);
        using (var hijack = await rival.SendAsync(HttpMethod.Post, $"{events}/{id}/cancel", rivalToken, new { reason = "mine" }))
            Assert.Equal(HttpStatusCode.NotFound, hijack.StatusCode);

        using (var cancel = await organizer.SendAsync(HttpMethod.Post, $"{events}/{id}/cancel", token, new { reason = "Flooding" }))
            Assert.True(cancel.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(cancel));
        var after = await Json(await organizer.Gateway.GetAsync($"/api/events?organizationId={organizationId}"));
        Assert.Equal(0, after.GetProperty("totalCount").GetInt32());
        using var badSort = await organizer.Gateway.GetAsync("/api/events?sort=popularity");
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
    }

    private static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
