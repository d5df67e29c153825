using System.Net;
using Xunit;

namespace Platform.Foundation.Tests.Catalog;

public sealed class TenantIsolationTests(EventsFixture fixture) : IClassFixture<EventsFixture>
{
    [Fact]
    public async Task Another_organizations_member_gets_404_for_every_organizer_action_and_sees_none_of_its_events()
    {
        var events = fixture.Events;
        var owner = Guid.CreateVersion7();
        var rival = Guid.CreateVersion7();
        var draft = await events.CreateAsync(owner, EventDrafts.Concert(title: "Owner's gala"));
        var id = draft.Id();
        var rivalToken = events.OrganizerToken(rival);

        // The rival uses its own organization in the path, or the owner's without being a member.
        foreach (var org in new[] { rival, owner })
        {
            var basePath = $"{EventsUnderTest.EventsOf(org)}/{id}";
            var attempts = new (HttpMethod Method, string Path, object? Body)[]
            {
                (HttpMethod.Get, basePath, null),
                (HttpMethod.Put, basePath, EventDrafts.Concert(title: "Hijacked")),
                (HttpMethod.Post, basePath + "/publish", new { }),
                (HttpMethod.Post, basePath + "/cancel", new { reason = "mine now" }),
                (HttpMethod.Delete, basePath, null),
                (HttpMethod.Post, $"{basePath}/occurrences/{draft.GetProperty("occurrences")[0].Id()}/cancel", new { reason = "x" }),
                (HttpMethod.Put, $"{basePath}/ticket-types/{draft.GetProperty("ticketTypes")[0].Id()}/capacity", new { capacity = 1 }),
            };
            foreach (var (method, path, body) in attempts)
            {
                using var response = await events.SendAsync(method, path, rivalToken, body);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path}: {(int)response.StatusCode}");
            }
        }

        using (var ownList = await events.SendAsync(HttpMethod.Get, EventsUnderTest.EventsOf(rival), rivalToken))
            Assert.Equal(0, (await EventsUnderTest.ExpectAsync(ownList, HttpStatusCode.OK)).GetProperty("totalCount").GetInt32());
        using (var ownersList = await events.SendAsync(HttpMethod.Get, EventsUnderTest.EventsOf(owner), rivalToken))
            Assert.Equal(HttpStatusCode.NotFound, ownersList.StatusCode);

        // Staff of the owner's organization may act; the event is untouched by the rival's attempts.
        using var staffView = await events.SendAsync(HttpMethod.Get, $"{EventsUnderTest.EventsOf(owner)}/{id}", events.OrganizerToken(owner, "staff"));
        var seen = await EventsUnderTest.ExpectAsync(staffView, HttpStatusCode.OK);
        Assert.Equal("Owner's gala", seen.Str("title"));
        Assert.Equal("Draft", seen.Str("status"));
    }

    [Fact]
    public async Task Organizer_endpoints_need_a_valid_token_while_browsing_is_anonymous()
    {
        var events = fixture.Events;
        var org = Guid.CreateVersion7();
        using (var anonymous = await events.SendAsync(HttpMethod.Post, EventsUnderTest.EventsOf(org), null, EventDrafts.Concert()))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using (var tampered = await events.SendAsync(HttpMethod.Get, EventsUnderTest.EventsOf(org), events.Issuer.TamperedToken()))
            Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        using (var signedInNonMember = await events.SendAsync(HttpMethod.Post, EventsUnderTest.EventsOf(org), events.Issuer.Token(), EventDrafts.Concert()))
            Assert.Equal(HttpStatusCode.NotFound, signedInNonMember.StatusCode);
        await events.GetJsonAsync("/api/events");
    }
}
