using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Attendance;

[Collection(BookingPlatformCollection.Name)]
public sealed class AttendanceRuleTests(BookingPlatformFixture fixture)
{
    static readonly TimeSpan TwoHours = TimeSpan.FromHours(2);

    [Fact]
    public async Task Overlapping_workshop_session_is_refused_naming_the_booking_that_holds_the_time()
    {
        var studio = await Organizer.CreateAsync(fixture.Platform, "Pottery Studio");
        var throwing = await studio.PublishSessionAsync(new("Wheel throwing", WorkshopSession.Day(10), TwoHours));
        var glazing = await studio.PublishSessionAsync(new("Glazing", WorkshopSession.Day(11), TwoHours));
        var firing = await studio.PublishSessionAsync(new("Kiln firing", WorkshopSession.Day(12), TwoHours));
        var talk = await studio.PublishSessionAsync(new("Open talk", WorkshopSession.Day(11, 30), TimeSpan.FromHours(1), NoOverlappingBookings: false));
        var neighbour = await Organizer.CreateAsync(fixture.Platform, "Weaving Loft");
        var weaving = await neighbour.PublishSessionAsync(new("Weaving", WorkshopSession.Day(10, 30), TwoHours));
        var ann = await Shopper.SignUpAsync(fixture.Platform, "Ann Artisan");
        var bea = await Shopper.SignUpAsync(fixture.Platform, "Bea Beginner");

        var first = await ann.BookAsync(throwing.OccurrenceId, (throwing.Standard, 1));

        using (var overlapping = await ann.TryBookAsync(glazing))
        {
            var conflict = await AttendanceConflictView.ReadAsync(overlapping);
            Assert.Equal("noOverlappingBookings", conflict.Rule);
            Assert.Equal(first.Id, conflict.ConflictingBookingId);
            Assert.Equal("Wheel throwing", conflict.ConflictingEventTitle);
            Assert.Equal(Instant(WorkshopSession.Day(10)), conflict.ConflictingStartsAt);
            Assert.Equal(Instant(WorkshopSession.Day(12)), conflict.ConflictingEndsAt);
        }
        // The held session's rule also keeps out an event that has no rule of its own.
        using (var unruled = await ann.TryBookAsync(talk))
            Assert.Equal(first.Id, (await AttendanceConflictView.ReadAsync(unruled)).ConflictingBookingId);

        // [start, end): a session starting as the first one ends does not overlap it.
        var afterwards = await ann.BookAsync(firing.OccurrenceId, (firing.Standard, 1));
        // Another organization's sessions and another customer's bookings are none of this rule's business.
        await ann.BookAsync(weaving.OccurrenceId, (weaving.Standard, 1));
        await bea.BookAsync(glazing.OccurrenceId, (glazing.Standard, 1));

        var mine = await MyBookingsAsync(ann);
        Assert.Equal([throwing.Id, firing.Id, weaving.Id], mine.Items.OrderBy(b => b.Id).Select(b => b.EventId));
        Assert.Equal("AwaitingPayment", (await ann.BookingAsync(afterwards.Id)).Status);
        Assert.Equal(0, (await studio.AttendanceAsync(talk.OccurrenceId))!.Of(talk.Standard).Held);
    }

    [Fact]
    public async Task A_booking_whose_payment_failed_no_longer_blocks_an_overlapping_session()
    {
        var studio = await Organizer.CreateAsync(fixture.Platform, "Print Shop");
        var etching = await studio.PublishSessionAsync(new("Etching", WorkshopSession.Day(14), TwoHours));
        var linocut = await studio.PublishSessionAsync(new("Linocut", WorkshopSession.Day(15), TwoHours));
        var cai = await Shopper.SignUpAsync(fixture.Platform, "Cai Carver");

        var declined = await cai.BookAsync(etching.OccurrenceId, (etching.Standard, 1));
        using (var blocked = await cai.TryBookAsync(linocut))
            Assert.Equal(declined.Id, (await AttendanceConflictView.ReadAsync(blocked)).ConflictingBookingId);

        using (var refused = await cai.PayAsync(declined, "tok_decline"))
            Assert.Equal(HttpStatusCode.PaymentRequired, refused.StatusCode);
        await cai.WaitForBookingAsync(declined.Id, "Failed");

        var second = await cai.BookAsync(linocut.OccurrenceId, (linocut.Standard, 1));
        Assert.Equal("AwaitingPayment", second.Status);
        // And now the new booking holds the time against the session that failed.
        using var again = await cai.TryBookAsync(etching);
        Assert.Equal(second.Id, (await AttendanceConflictView.ReadAsync(again)).ConflictingBookingId);
    }

    [Fact]
    public async Task One_booking_per_occurrence_refuses_a_second_booking_and_replays_the_first()
    {
        var studio = await Organizer.CreateAsync(fixture.Platform, "Bread School");
        var baking = await studio.PublishSessionAsync(new("Sourdough", WorkshopSession.Day(9), TwoHours,
            NoOverlappingBookings: false, OneBookingPerOccurrence: true, Occurrences: 2));
        var dan = await Shopper.SignUpAsync(fixture.Platform, "Dan Dough");
        var key = Guid.NewGuid().ToString();

        BookingView first;
        using (var placed = await dan.TryBookAsync(baking, idempotencyKey: key))
        {
            Assert.True(placed.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(placed));
            first = (await placed.Content.ReadFromJsonAsync<BookingView>())!;
        }
        using (var replay = await dan.TryBookAsync(baking, idempotencyKey: key))
        {
            Assert.True(replay.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(replay));
            Assert.Equal(first.Id, (await replay.Content.ReadFromJsonAsync<BookingView>())!.Id);
        }
        using (var second = await dan.PostBookingAsync(Shopper.Order(baking.OccurrenceId, (baking.Premium, 1)), Guid.NewGuid().ToString()))
        {
            var conflict = await AttendanceConflictView.ReadAsync(second);
            Assert.Equal("oneBookingPerOccurrence", conflict.Rule);
            Assert.Equal(first.Id, conflict.ConflictingBookingId);
            Assert.Equal("Sourdough", conflict.ConflictingEventTitle);
        }
        Assert.Equal(0, (await studio.AttendanceAsync(baking.OccurrenceId))!.Of(baking.Premium).Held);
        using (var paid = await dan.PayAsync(first, "tok_success"))
            Assert.True(paid.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(paid));
        await dan.WaitForBookingAsync(first.Id, "Confirmed");

        // The next week's occurrence is a different one; a retry racing its original gets that same booking back.
        var nextWeek = baking.OccurrenceIds[1];
        var retryKey = Guid.NewGuid().ToString();
        var racing = await Task.WhenAll(dan.TryBookAsync(baking, nextWeek, retryKey), dan.TryBookAsync(baking, nextWeek, retryKey));
        var answers = new List<(HttpStatusCode Status, Guid Id)>();
        foreach (var response in racing)
            using (response)
            {
                Assert.True(response.IsSuccessStatusCode, await Customer.DescribeAsync(response));
                answers.Add((response.StatusCode, (await response.Content.ReadFromJsonAsync<BookingView>())!.Id));
            }
        Assert.Single(answers.Select(a => a.Id).Distinct());
        Assert.Contains(answers, a => a.Status == HttpStatusCode.Created);

        // Cancelling the paid booking frees the occurrence for a new one.
        using (var cancelled = await dan.PostAsync($"/api/bookings/{first.Id}/cancel"))
            Assert.True(cancelled.IsSuccessStatusCode, await Customer.DescribeAsync(cancelled));
        await dan.BookAsync(baking.OccurrenceId, (baking.Premium, 1));
    }

    [Fact]
    public async Task Simultaneous_bookings_by_one_customer_let_exactly_one_through()
    {
        var studio = await Organizer.CreateAsync(fixture.Platform, "Glass Works");
        var blowing = await studio.PublishSessionAsync(new("Glass blowing", WorkshopSession.Day(16), TwoHours));
        var fusing = await studio.PublishSessionAsync(new("Glass fusing", WorkshopSession.Day(17), TwoHours));
        var beads = await studio.PublishSessionAsync(new("Bead making", WorkshopSession.Day(19), TwoHours,
            NoOverlappingBookings: false, OneBookingPerOccurrence: true));
        var shoppers = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Shopper.SignUpAsync(fixture.Platform, $"Quick Clicker {i}")));

        var attempts = shoppers.SelectMany(s => new[]
        {
            (Shopper: s, Pair: "overlap", Answer: s.TryBookAsync(blowing)),
            (Shopper: s, Pair: "overlap", Answer: s.TryBookAsync(fusing)),
            (Shopper: s, Pair: "occurrence", Answer: s.TryBookAsync(beads)),
            (Shopper: s, Pair: "occurrence", Answer: s.TryBookAsync(beads)),
        }).ToList();
        await Task.WhenAll(attempts.Select(a => a.Answer));

        foreach (var pair in attempts.GroupBy(a => (a.Shopper, a.Pair)))
        {
            var responses = pair.Select(a => a.Answer.Result).ToList();
            var placed = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
            var refused = responses.Where(r => r.StatusCode == HttpStatusCode.Conflict).ToList();
            Assert.True(placed.Count == 1 && refused.Count == 1,
                $"{pair.Key.Pair} pair of {pair.Key.Shopper.DisplayName}: {string.Join(", ", responses.Select(r => (int)r.StatusCode))}");
            var winner = (await placed[0].Content.ReadFromJsonAsync<BookingView>())!;
            Assert.Equal(winner.Id, (await AttendanceConflictView.ReadAsync(refused[0])).ConflictingBookingId);
            responses.ForEach(r => r.Dispose());
        }
        Assert.Equal(4, (await studio.AttendanceAsync(beads.OccurrenceId))!.Of(beads.Standard).Held);
        var heldForSessions = (await studio.AttendanceAsync(blowing.OccurrenceId))!.Of(blowing.Standard).Held
            + (await studio.AttendanceAsync(fusing.OccurrenceId))!.Of(fusing.Standard).Held;
        Assert.Equal(4, heldForSessions);
    }

    [Fact]
    public async Task An_attendance_flag_that_is_not_true_or_false_is_a_400_naming_it()
    {
        var studio = await Organizer.CreateAsync(fixture.Platform, "Paper Mill");
        var body = JsonSerializer.SerializeToNode(new WorkshopSession("Marbling", WorkshopSession.Day(10), TwoHours).Body())!;
        body["attendance"]!["noOverlappingBookings"] = "sometimes";

        using var refused = await studio.Owner.SendAsync(HttpMethod.Post, studio.EventsPath(), studio.AccessToken, body);

        Assert.True(refused.StatusCode == HttpStatusCode.BadRequest, await Customer.DescribeAsync(refused));
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("attendance.noOverlappingBookings", problem.GetProperty("field").GetString());
    }

    static DateTimeOffset Instant(DateTime local)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(EventPlan.TimeZone);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    static async Task<BookingPageView> MyBookingsAsync(Shopper shopper)
    {
        using var response = await shopper.GetAsync("/api/bookings");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<BookingPageView>())!;
    }
}
