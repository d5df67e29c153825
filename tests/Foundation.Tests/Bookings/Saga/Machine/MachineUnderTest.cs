using Bookings.Service.Saga;
using MassTransit;
using MassTransit.Saga;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Foundation.Tests.BookingsSaga.Machine;

// BookingStateMachine on MassTransit's in-memory test harness and saga repository, with its steps recorded.
public sealed class MachineUnderTest : IAsyncDisposable
{
    readonly ServiceProvider provider;

    MachineUnderTest(ServiceProvider provider, ITestHarness harness, RecordedSteps steps)
    {
        this.provider = provider;
        Harness = harness;
        Steps = steps;
        Saga = harness.GetSagaStateMachineHarness<BookingStateMachine, BookingState>();
    }

    public RecordedSteps Steps { get; }
    public ITestHarness Harness { get; }
    public ISagaStateMachineTestHarness<BookingStateMachine, BookingState> Saga { get; }

    public static async Task<MachineUnderTest> StartAsync()
    {
        var services = new ServiceCollection();
        var steps = new RecordedSteps();
        services.AddLogging();
        services.AddSingleton<IBookingSteps>(steps);
        services.AddMassTransitTestHarness(bus =>
        {
            bus.AddSagaStateMachine<BookingStateMachine, BookingState>().InMemoryRepository();
            // The in-memory transport's own scheduler stands in for the due_messages table here.
            bus.AddDelayedMessageScheduler();
            bus.UsingInMemory((context, transport) =>
            {
                transport.UseDelayedMessageScheduler();
                transport.ConfigureEndpoints(context);
            });
        });
        var provider = services.BuildServiceProvider(validateScopes: true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        return new MachineUnderTest(provider, harness, steps);
    }

    // A booking's saga as it stands in the given state.
    public BookingState Seed(string state, bool paid = false, string? refundReason = null, bool refunded = false, Guid? holdExpiryToken = null)
    {
        var saga = new BookingState
        {
            CorrelationId = Guid.CreateVersion7(),
            CurrentState = state,
            Version = 1,
            PaymentId = Guid.CreateVersion7(),
            HoldExpiresAt = DateTimeOffset.UtcNow.AddMinutes(10),
            HoldExpiryTokenId = holdExpiryToken,
            PaidAt = paid ? DateTimeOffset.UtcNow : null,
            RefundReason = refundReason,
            RefundedAt = refunded ? DateTimeOffset.UtcNow : null,
        };
        provider.GetRequiredService<IndexedSagaDictionary<BookingState>>().Add(new SagaInstance<BookingState>(saga));
        return saga;
    }

    // Publishes the event and waits until the saga's endpoint consumed it (handled or ignored).
    // A scheduling token marks the message as the delivery of that schedule.
    public async Task RaiseAsync(string @event, Guid bookingId, Guid? schedulingToken = null)
    {
        var messageId = NewId.NextGuid();
        await Harness.Bus.Publish(SagaMessages.For(@event, bookingId), context =>
        {
            context.MessageId = messageId;
            if (schedulingToken is { } token)
                context.Headers.Set(MessageHeaders.SchedulingTokenId, token.ToString());
        });
        var consumed = await Harness.Consumed.Any(c => c.Context.MessageId == messageId);
        if (!consumed)
            throw new TimeoutException($"The saga never consumed {@event} for booking {bookingId}.");
    }

    public BookingState? Find(Guid bookingId) =>
        provider.GetRequiredService<IndexedSagaDictionary<BookingState>>()[bookingId]?.Instance;

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await provider.DisposeAsync();
    }
}
