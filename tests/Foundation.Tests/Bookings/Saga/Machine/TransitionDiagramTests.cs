using System.Text.RegularExpressions;
using Bookings.Service.Saga;
using Platform.Foundation.Tests.Deploy;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga.Machine;

// The transition diagram at the top of BookingStateMachine.cs is read arrow by arrow, and each arrow is
// played on the machine: from its state (seeded as its condition says), its event leads where it says.
public sealed partial class TransitionDiagramTests : IAsyncLifetime
{
    static readonly string[] States = ["AwaitingPayment", "Confirmed", "Failed", "Expired", "Cancelled", "Refunded"];

    MachineUnderTest machine = null!;

    public async Task InitializeAsync() => machine = await MachineUnderTest.StartAsync();

    public async Task DisposeAsync() => await machine.DisposeAsync();

    public sealed record Arrow(string Line, string[] From, string? Condition, string[] Events, string To);

    [GeneratedRegex(@"^//\s+(?<from>every state|[A-Za-z/]+)(?: \((?<condition>[^)]*)\))? --(?<events>[A-Za-z/]+)(?: \((?<eventCondition>[^)]*)\))?--> (?<to>same state|[A-Za-z]+)")]
    private static partial Regex ArrowLine();

    static IReadOnlyList<Arrow> Diagram()
    {
        var source = File.ReadAllLines(RepositoryLayout.PathOf("Bookings.Service", "Saga", "BookingStateMachine.cs"));
        return source
            .TakeWhile(line => !line.StartsWith("public ", StringComparison.Ordinal))
            .Select(line => (Line: line.Trim(), Match: ArrowLine().Match(line)))
            .Where(arrow => arrow.Match.Success)
            .Select(arrow => new Arrow(
                arrow.Line,
                arrow.Match.Groups["from"].Value == "every state" ? States : arrow.Match.Groups["from"].Value.Split('/'),
                NullIfEmpty(arrow.Match.Groups["condition"].Value) ?? NullIfEmpty(arrow.Match.Groups["eventCondition"].Value),
                arrow.Match.Groups["events"].Value.Split('/'),
                arrow.Match.Groups["to"].Value))
            .ToList();
    }

    static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    BookingState SeedFor(string state, string? condition) => condition switch
    {
        "refund asked" => machine.Seed(state, paid: true, state == "Cancelled" ? RefundReasons.Cancelled : RefundReasons.LatePayment),
        "late payment" => machine.Seed(state, paid: true, RefundReasons.LatePayment),
        "unpaid" or "event cancelled" or null => machine.Seed(state, paid: state is "Confirmed" or "Refunded", holdExpiryToken: Guid.CreateVersion7()),
        _ => throw new Xunit.Sdk.XunitException($"The diagram names a condition the test does not know: '{condition}'."),
    };

    // The diagram's event names, as the machine-test messages name them.
    static string MessageFor(string @event) => @event switch
    {
        "BookingCreated" => "Placed",
        "HoldExpiry" => "HoldExpired",
        _ => SagaMessages.Events.Contains(@event) ? @event : throw new Xunit.Sdk.XunitException($"The diagram names an event the machine has not: '{@event}'."),
    };

    [Fact]
    public async Task Every_arrow_of_the_diagram_is_what_the_machine_does()
    {
        var arrows = Diagram();
        Assert.True(arrows.Count >= 10, $"the diagram was read ({arrows.Count} arrows found)");

        foreach (var arrow in arrows)
        foreach (var from in arrow.From)
        foreach (var @event in arrow.Events)
        {
            machine.Steps.EventCancelledInCatalog = arrow.Condition == "event cancelled";
            var saga = SeedFor(from, arrow.Condition);
            var before = machine.Steps.Taken.Count;

            await machine.RaiseAsync(MessageFor(@event), saga.CorrelationId);

            var after = machine.Find(saga.CorrelationId)!;
            var expected = arrow.To == "same state" ? from : arrow.To;
            Assert.True(expected == after.CurrentState, $"{arrow.Line}: from {from} on {@event} the machine went to {after.CurrentState}");
            var acted = machine.Steps.Taken.Count > before || after.PaymentCancelledAt is not null;
            Assert.True(acted, $"{arrow.Line}: from {from} on {@event} the machine took no step");
        }
    }
}
