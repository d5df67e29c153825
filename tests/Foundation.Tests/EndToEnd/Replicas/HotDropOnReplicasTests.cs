using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;
using Xunit.Abstractions;
using PublicCatalog = Platform.Foundation.Tests.EndToEnd.Booking.Catalog;

namespace Platform.Foundation.Tests.EndToEnd.Replicas;

[Collection(ReplicasCollection.Name)]
public sealed class HotDropOnReplicasTests(ReplicasPlatformFixture fixture, ITestOutputHelper output)
{
    const int Seats = 50;
    const int Shoppers = 40;
    const int Requests = 120;

    [Fact]
    public async Task Hot_drop_and_payments_on_two_replicas_each_sell_every_seat_once_charge_once_expire_once_and_mail_once()
    {
        var platform = fixture.Platform;
        var clock = Stopwatch.StartNew();
        var organizer = await Organizer.CreateAsync(platform, "Twin Hall Concerts");
        var concert = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: Seats, PremiumCapacity: 2));
        var shoppers = await SignUpAsync(platform);
        var bookingsDb = await platform.ConnectionStringAsync("bookingsdb");
        var paymentsDb = await platform.ConnectionStringAsync("paymentsdb");
        var bookingReplicas = await platform.Replicas.StartedAsync("bookings", TimeSpan.FromSeconds(30));
        var paymentReplicas = await platform.Replicas.StartedAsync("payments", TimeSpan.FromSeconds(30));
        Assert.Equal(2, bookingReplicas.Count);
        Assert.Equal(2, paymentReplicas.Count);
        output.WriteLine($"{clock.Elapsed:mm\\:ss} {Shoppers} shoppers ready; bookings {string.Join(", ", bookingReplicas)}, payments {string.Join(", ", paymentReplicas)}");

        // The drop: every request at once, each with its own Idempotency-Key, one seat each.
        var go = new TaskCompletionSource();
        var requests = Enumerable.Range(0, Requests).Select(async i =>
        {
            await go.Task;
            var shopper = shoppers[i % Shoppers];
            using var response = await shopper.PostBookingAsync(Shopper.Order(concert.OccurrenceId, (concert.Standard, 1)), Guid.NewGuid().ToString());
            return (Shopper: shopper, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        go.SetResult();
        var answers = await Task.WhenAll(requests);
        output.WriteLine($"{clock.Elapsed:mm\\:ss} drop answered: {string.Join(", ", answers.GroupBy(a => a.StatusCode).Select(g => $"{(int)g.Key} x{g.Count()}"))}");

        var created = answers.Where(a => a.StatusCode == HttpStatusCode.Created)
            .Select(a => (a.Shopper, Booking: JsonSerializer.Deserialize<BookingView>(a.Body, JsonSerializerOptions.Web)!)).ToList();
        Assert.Equal(Seats, created.Count);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a =>
        {
            Assert.True(a.StatusCode == HttpStatusCode.Conflict, $"{(int)a.StatusCode} {a.Body}");
            Assert.Equal(0, JsonDocument.Parse(a.Body).RootElement.GetProperty("seatsLeft").GetInt32());
        });
        Assert.Equal(Seats, created.Select(c => c.Booking.Id).Distinct().Count());

        // Every 201 is a booking holding its seat, and nothing more is held.
        var held = await DropLedger.ReadAsync(bookingsDb, paymentsDb, concert.OccurrenceId);
        Assert.Equal(created.Select(c => c.Booking.Id).Order(), held.Bookings.Select(b => b.Id).Order());
        var standard = held.Counters.Single(c => c.TicketTypeId == concert.Standard);
        Assert.Equal((Seats, Seats, 0), (standard.Capacity, standard.Held + standard.Sold, standard.Sold));

        // Every 201 came from one of the two processes. How Aspire's proxy split them is reported, not asserted: it
        // spreads connections as it sees fit (often all to one replica), while the work below must be shared.
        var placedBy = await Eventually.Until(() => AnsweredByEachAsync(platform.Replicas, bookingReplicas, "POST", p => p == "/api/bookings", 201),
            n => n.Sum() == Seats, "every 201 in a bookings replica's request log");
        output.WriteLine($"{clock.Elapsed:mm\\:ss} 201s per bookings replica: {string.Join(", ", placedBy)}");

        // Three in five pay at once; the rest walk away and their holds run out.
        var payers = created.Where((_, i) => i % 5 < 3).ToList();
        var paid = await Task.WhenAll(payers.Select(async p =>
        {
            using var response = await p.Shopper.PayAsync(p.Booking, "tok_success");
            return (p.Booking.Id, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));
        Assert.All(paid, p => Assert.True(p.StatusCode == HttpStatusCode.OK, $"{p.Id}: {(int)p.StatusCode} {p.Body}"));
        var confirmedBy = await Eventually.Until(
            () => AnsweredByEachAsync(platform.Replicas, paymentReplicas, "POST", p => p.StartsWith("/api/payments/") && p.EndsWith("/confirm"), 200),
            n => n.Sum() == payers.Count, "every paid confirm in a payments replica's request log");
        output.WriteLine($"{clock.Elapsed:mm\\:ss} {payers.Count} paid; 200s per payments replica: {string.Join(", ", confirmedBy)}");

        var payerIds = payers.Select(p => p.Booking.Id).ToHashSet();
        var settled = await Eventually.Until(() => DropLedger.ReadAsync(bookingsDb, paymentsDb, concert.OccurrenceId),
            l => l.Count("Confirmed") == payers.Count && l.Count("Expired") == Seats - payers.Count && l.Counters.All(c => c.Held == 0)
                 && l.Payments.Count == Seats && l.Payments.Values.All(p => p.Status is "Succeeded" or "Cancelled"),
            "payers confirmed, the rest expired and their payments cancelled", ReplicasPlatformFixture.HoldDuration + TimeSpan.FromSeconds(40));
        output.WriteLine($"{clock.Elapsed:mm\\:ss} settled: {settled}");

        foreach (var booking in settled.Bookings)
        {
            var payment = settled.Payments[booking.Id];
            var story = $"booking {booking.Id} {booking.Status}, payment {payment.Status}, charged {payment.Charges}, refunded {payment.Refunds}, tickets {settled.ValidTickets.GetValueOrDefault(booking.Id)}";
            if (payerIds.Contains(booking.Id))
                Assert.True(booking.Status == "Confirmed" && payment is { Status: "Succeeded", Charges: 1, Refunds: 0 } && settled.ValidTickets.GetValueOrDefault(booking.Id) == 1, story);
            else
                Assert.True(booking.Status == "Expired" && payment is { Status: "Cancelled", Charges: 0, Refunds: 0 } && !settled.ValidTickets.ContainsKey(booking.Id), story);
        }

        // The expired seats came back once: sold what was paid, nothing held, the rest on sale again.
        standard = settled.Counters.Single(c => c.TicketTypeId == concert.Standard);
        Assert.Equal((Seats, payers.Count, 0), (standard.Capacity, standard.Sold, standard.Held));
        var attendance = (await organizer.AttendanceAsync(concert.OccurrenceId))!.Of(concert.Standard);
        Assert.Equal((payers.Count, 0, Seats - payers.Count), (attendance.Sold, attendance.Held, attendance.Remaining));
        await new PublicCatalog(platform).WaitForSeatsLeftAsync(concert, concert.Standard, Seats - payers.Count);

        await ProveBothReplicasSharedTheWorkAsync(platform.Replicas, bookingReplicas, paymentReplicas, settled, payers.Count);
        await ProveOneMailPerOutcomeAsync(platform.MaildirPath, created, settled);
        output.WriteLine($"{clock.Elapsed:mm\\:ss} mail proved");
    }

    static async Task<List<Shopper>> SignUpAsync(Platform.Testing.PlatformUnderTest platform)
    {
        using var gate = new SemaphoreSlim(8);
        return (await Task.WhenAll(Enumerable.Range(0, Shoppers).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                return await Shopper.SignUpAsync(platform, $"Twin Buyer {i}");
            }
            finally
            {
                gate.Release();
            }
        }))).ToList();
    }

    // Each booking's confirmation or expiry, and each payment's creation, was done by exactly one of the two
    // processes, and each process did a share: competing consumers on one queue, expiry claims with SKIP LOCKED.
    async Task ProveBothReplicasSharedTheWorkAsync(Platform.Testing.ServiceReplicas replicas, IReadOnlyList<string> bookingReplicas,
        IReadOnlyList<string> paymentReplicas, DropLedger settled, int paid)
    {
        var ids = settled.Bookings.Select(b => b.Id.ToString()).ToHashSet();
        bool Ours(string message) => ids.Any(message.Contains);
        var transitions = await Eventually.Until(
            () => Task.WhenAll(bookingReplicas.Select(r => replicas.MessagesAsync(r, m => Ours(m) && (m.Contains("-> Confirm,") || m.Contains("-> Expire,"))))),
            seen => seen.Sum(s => s.Count) >= Seats, $"{Seats} saga transitions in the bookings replicas' logs");
        var requested = await Eventually.Until(
            () => Task.WhenAll(paymentReplicas.Select(r => replicas.MessagesAsync(r, m => Ours(m) && m.Contains(" requested: ")))),
            seen => seen.Sum(s => s.Count) >= Seats, $"{Seats} payments requested in the payments replicas' logs");
        output.WriteLine($"confirm/expire per bookings replica: {string.Join(", ", transitions.Select(t => $"{t.Count(m => m.Contains("-> Confirm,"))}/{t.Count(m => m.Contains("-> Expire,"))}"))}; "
            + $"payments requested per payments replica: {string.Join(", ", requested.Select(r => r.Count))}");

        var all = transitions.SelectMany(t => t).ToList();
        Assert.Equal(paid, all.Count(m => m.Contains("-> Confirm,")));
        Assert.Equal(Seats - paid, all.Count(m => m.Contains("-> Expire,")));
        Assert.Equal(Seats, settled.Bookings.Count(b => all.Count(m => m.Contains(b.Id.ToString())) == 1));
        Assert.Equal(Seats, requested.Sum(r => r.Count));
        Assert.All(transitions, t => Assert.NotEmpty(t));
        Assert.All(requested, r => Assert.NotEmpty(r));

        // Two delivery workers that claimed the same due expiry would still expire it once (the saga row's version
        // stops the second), but the loser's delivery fails: with claims that skip each other's rows, none does.
        foreach (var replica in bookingReplicas)
            Assert.Empty(await replicas.MessagesAsync(replica, m => m.StartsWith("Due message delivery pass failed", StringComparison.Ordinal)
                || m.StartsWith("Due message ", StringComparison.Ordinal) && m.Contains("could not be delivered", StringComparison.Ordinal)));
    }

    static async Task<int[]> AnsweredByEachAsync(Platform.Testing.ServiceReplicas replicas, IReadOnlyList<string> ids, string method, Func<string, bool> path, int status) =>
        await Task.WhenAll(ids.Select(id => replicas.AnsweredAsync(id, method, path, status)));

    // Each shopper got exactly one tickets email per confirmed booking and one expiry email per expired one: no
    // message lost, none handled twice on its way through two replicas' outboxes and consumers.
    static async Task ProveOneMailPerOutcomeAsync(string maildir, IReadOnlyList<(Shopper Shopper, BookingView Booking)> created, DropLedger settled)
    {
        var emailOf = created.ToDictionary(c => c.Booking.Id, c => c.Shopper.Person.Email.ToLowerInvariant());
        var expected = settled.Bookings
            .Select(b => (Recipient: emailOf[b.Id], Kind: b.Status == "Confirmed" ? MailTally.Tickets : MailTally.Expired))
            .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var tally = new MailTally(maildir, emailOf.Values.ToHashSet());
        await Eventually.Until(() => Task.FromResult(tally.Read()), seen =>
        {
            var extra = seen.Where(s => s.Value > expected.GetValueOrDefault(s.Key)).ToList();
            Assert.True(extra.Count == 0, $"mailed more than once: {string.Join(", ", extra.Select(e => $"{e.Key.Recipient} '{e.Key.Kind}' x{e.Value}"))}");
            return expected.All(e => seen.GetValueOrDefault(e.Key) == e.Value);
        }, $"{expected.Values.Sum()} booking emails", TimeSpan.FromSeconds(45));
    }
}
