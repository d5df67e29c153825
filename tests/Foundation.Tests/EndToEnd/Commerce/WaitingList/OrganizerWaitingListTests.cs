using System.Net;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.WaitingList;

[Collection(BookingPlatformCollection.Name)]
public sealed class OrganizerWaitingListTests(BookingPlatformFixture fixture)
{
    [Fact]
    public async Task Organizer_sees_who_waits_in_line_order_with_each_lines_counts_and_nobody_else_sees_it()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Dockside Jazz Club");
        var gig = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 1, PremiumCapacity: 1));
        var buyer = await Shopper.SignUpAsync(fixture.Platform, "Bix Buyer");
        var ann = await Shopper.SignUpAsync(fixture.Platform, "Ann First");
        var ben = await Shopper.SignUpAsync(fixture.Platform, "Ben Second");
        var cy = await Shopper.SignUpAsync(fixture.Platform, "Cy Premium");

        await buyer.BookAsync(gig.OccurrenceId, (gig.Standard, 1), (gig.Premium, 1));
        var annEntry = await ann.JoinAsync(gig.OccurrenceId, gig.Standard, 1);
        var benEntry = await ben.JoinAsync(gig.OccurrenceId, gig.Standard, 3);
        var cyEntry = await cy.JoinAsync(gig.OccurrenceId, gig.Premium, 2);

        var all = await organizer.WaitingListAsync(gig.Id);
        Assert.Equal(3, all.TotalCount);
        var standard = all.Items.Where(e => e.TicketTypeId == gig.Standard).ToList();
        Assert.Equal([(annEntry.Id, 1, ann.Person.Email, 1), (benEntry.Id, 2, ben.Person.Email, 3)],
            standard.Select(e => (e.Id, e.Position ?? 0, e.CustomerEmail, e.Quantity)));
        Assert.All(all.Items, e => Assert.Equal("Waiting", e.Status));
        Assert.Equal((2, 0, 4), Line(all, gig.Standard));
        Assert.Equal((1, 0, 2), Line(all, gig.Premium));

        // Filters and paging: Ben is the second Standard entry; the summary follows the line filter only.
        var page2 = await organizer.WaitingListAsync(gig.Id, $"?ticketTypeId={gig.Standard}&status=waiting&page=2&pageSize=1");
        Assert.Equal((2, 1), (page2.TotalCount, page2.PageSize));
        Assert.Equal(benEntry.Id, Assert.Single(page2.Items).Id);
        Assert.Equal(gig.Standard, Assert.Single(page2.Summary).TicketTypeId);

        using (var left = await ann.LeaveAsync(annEntry.Id))
            Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
        var after = await organizer.WaitingListAsync(gig.Id, $"?occurrenceId={gig.OccurrenceId}");
        Assert.Equal((0, 3), (after.Items.Single(e => e.Id == annEntry.Id).Position ?? 0, Line(after, gig.Standard).SeatsWanted));
        Assert.Equal(1, after.Items.Single(e => e.Id == benEntry.Id).Position);
        Assert.Equal(annEntry.Id, Assert.Single((await organizer.WaitingListAsync(gig.Id, "?status=Left")).Items).Id);
        Assert.Contains(cyEntry.Id, after.Items.Select(e => e.Id));

        // Another organization's owner and customers get 404, as for an event that does not exist.
        var rival = await Organizer.CreateAsync(fixture.Platform, "Rival Jazz Bar");
        using (var foreign = await rival.GetWaitingListAsync(organizer.OrganizationId, gig.Id))
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        using (var wrongOrganization = await rival.GetWaitingListAsync(rival.OrganizationId, gig.Id))
            Assert.Equal(HttpStatusCode.NotFound, wrongOrganization.StatusCode);
        using (var customer = await ben.GetAsync($"/api/bookings/organizations/{organizer.OrganizationId}/events/{gig.Id}/waiting-list"))
            Assert.Equal(HttpStatusCode.NotFound, customer.StatusCode);

        using (var bad = await organizer.GetWaitingListAsync(organizer.OrganizationId, gig.Id, "?status=gone&pageSize=0&occurrenceId=abc"))
            Assert.Equal(["occurrenceId", "pageSize", "status"], (await bad.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Order());
        using (var numeric = await organizer.GetWaitingListAsync(organizer.OrganizationId, gig.Id, "?status=1&page=0"))
            Assert.Equal(["page", "status"], (await numeric.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Order());
    }

    static (int Waiting, int Offered, int SeatsWanted) Line(OrganizerWaitingListView view, Guid ticketTypeId)
    {
        var line = view.Summary.Single(l => l.TicketTypeId == ticketTypeId);
        return (line.Waiting, line.Offered, line.SeatsWanted);
    }
}
