using Bookings.Service.Saga.Messages;
using MassTransit;
using Platform.Contracts.Bookings;
using Platform.Contracts.Payments;

namespace Bookings.Service.Saga;

// The booking saga: the one place that says what happens to a booking after its seats are held.
// Placement writes it in AwaitingPayment, with HoldExpiry scheduled and RequestPayment in the outbox.
// (A test reads the arrows below and checks each against the machine.)
//   AwaitingPayment --PaymentSucceeded--> Confirmed                 [held -> sold, tickets issued]
//   AwaitingPayment --PaymentFailed--> Failed                       [seats and coupon given back]
//   AwaitingPayment --HoldExpiry--> Expired                         [seats and coupon given back, payment cancelled]
//   AwaitingPayment --OrganizerCancelled--> Cancelled               [seats and coupon given back, payment cancelled]
//   AwaitingPayment --BookingCreated (event cancelled)--> Cancelled [placed while the organizer's cancellation fanned out]
//   Confirmed --CustomerCancelled/OrganizerCancelled--> Cancelled   [sold seats back, tickets void, refund asked]
//   Cancelled (refund asked) --PaymentRefunded--> Refunded          [the customer told]
//   Failed/Expired/Cancelled (unpaid) --PaymentSucceeded--> same state       [the late payment refunded, once]
//   Failed/Expired/Cancelled (late payment) --PaymentRefunded--> same state  [the customer told, once]
//   Failed/Expired/Cancelled (refund asked) --RefundFailed--> same state     [left to a person: listed for the organizer, the customer told, once]
//   every state --PaymentCancelled--> same state                    [the payment's end recorded]
// Any other message in any state is acknowledged and changes nothing (duplicates, messages out of order).
// The booking's status is this machine's state: the saga's state is the status column of the booking's row.
public sealed partial class BookingStateMachine : MassTransitStateMachine<BookingState>
{
    public State AwaitingPayment { get; private set; } = null!;
    public State Confirmed { get; private set; } = null!;
    public State Failed { get; private set; } = null!;
    public State Expired { get; private set; } = null!;
    public State Cancelled { get; private set; } = null!;
    public State Refunded { get; private set; } = null!;

    public Event<BookingCreated> Placed { get; private set; } = null!;
    public Event<PaymentSucceeded> PaymentSucceeded { get; private set; } = null!;
    public Event<PaymentFailed> PaymentFailed { get; private set; } = null!;
    public Event<PaymentRefunded> PaymentRefunded { get; private set; } = null!;
    public Event<RefundFailed> RefundFailed { get; private set; } = null!;
    public Event<PaymentCancelled> PaymentCancelled { get; private set; } = null!;
    public Event<CancelBookingForCustomer> CustomerCancelled { get; private set; } = null!;
    public Event<CancelBookingForOrganizer> OrganizerCancelled { get; private set; } = null!;

    // Due at the hold's expiry plus the payment grace; unscheduled by every other way out of AwaitingPayment.
    public Schedule<BookingState, BookingHoldExpired> HoldExpiry { get; private set; } = null!;

    public const string ByCustomer = "customer";
    public const string ByOrganizer = "organizer";

    readonly ILogger<BookingStateMachine> logger;

    public BookingStateMachine(ILogger<BookingStateMachine> logger)
    {
        this.logger = logger;
        InstanceState(saga => saga.CurrentState);

        // Placement writes the saga's state and its RequestPayment with the booking (BookingSagaStart):
        // no event starts a saga, and a message about a booking that does not exist is dropped.
        Event(() => Placed, e => e.CorrelateById(context => context.Message.Booking.BookingId).OnMissingInstance(m => m.Discard()));
        Event(() => PaymentSucceeded, e => e.CorrelateById(context => context.Message.BookingId).OnMissingInstance(m => m.Discard()));
        Event(() => PaymentFailed, e => e.CorrelateById(context => context.Message.BookingId).OnMissingInstance(m => m.Discard()));
        Event(() => PaymentRefunded, e => e.CorrelateById(context => context.Message.BookingId).OnMissingInstance(m => m.Discard()));
        Event(() => RefundFailed, e => e.CorrelateById(context => context.Message.BookingId).OnMissingInstance(m => m.Discard()));
        Event(() => PaymentCancelled, e => e.CorrelateById(context => context.Message.BookingId).OnMissingInstance(m => m.Discard()));
        Schedule(() => HoldExpiry, saga => saga.HoldExpiryTokenId, schedule =>
            schedule.Received = e => e.CorrelateById(context => context.Message.BookingId).OnMissingInstance(m => m.Discard()));
        Event(() => CustomerCancelled, e => e.CorrelateById(context => context.Message.BookingId).OnMissingInstance(m => m.Discard()));
        Event(() => OrganizerCancelled, e => e.CorrelateById(context => context.Message.BookingId).OnMissingInstance(m => m.Discard()));

        During(AwaitingPayment,
            When(Placed).IfAsync(EventCancelledInCatalog, cancelled => CancelForOrganizer(cancelled)),
            When(PaymentSucceeded)
                .Unschedule(HoldExpiry)
                .ThenAsync(context => Steps(context).ConfirmAsync(context.Saga, context.CancellationToken))
                .TransitionTo(Confirmed)
                .Then(context => Log(context, "Confirm")),
            When(PaymentFailed)
                .Unschedule(HoldExpiry)
                .ThenAsync(context => Steps(context).FailAsync(context.Saga, context.Message.Reason, context.Message.Message, context.CancellationToken))
                .TransitionTo(Failed)
                .Then(context => Log(context, "Fail")),
            When(HoldExpiry.Received)
                .ThenAsync(context => Steps(context).ExpireAsync(context.Saga, context.CancellationToken))
                .TransitionTo(Expired)
                .Then(context => Log(context, "Expire")),
            When(OrganizerCancelled)
                .Unschedule(HoldExpiry)
                .ThenAsync(context => Steps(context).CancelUnpaidAsync(context.Saga, context.Message.Reason, ByOrganizer, context.CancellationToken))
                .TransitionTo(Cancelled)
                .Then(context => Log(context, "CancelUnpaid")));

        During(Confirmed,
            When(CustomerCancelled)
                .ThenAsync(context => Steps(context).CancelConfirmedAsync(context.Saga, context.Message.Reason, ByCustomer, context.CancellationToken))
                .TransitionTo(Cancelled)
                .Then(context => Log(context, "CancelConfirmed")),
            When(OrganizerCancelled)
                .ThenAsync(context => Steps(context).CancelConfirmedAsync(context.Saga, context.Message.Reason, ByOrganizer, context.CancellationToken))
                .TransitionTo(Cancelled)
                .Then(context => Log(context, "CancelConfirmed")));

        During(Failed, Expired,
            When(PaymentSucceeded, context => context.Saga.RefundReason is null)
                .ThenAsync(context => Steps(context).RefundLatePaymentAsync(context.Saga, context.CancellationToken))
                .Then(context => Log(context, "RefundLatePayment")));

        During(Cancelled,
            When(PaymentSucceeded, context => context.Saga.PaidAt is null && context.Saga.RefundReason is null)
                .ThenAsync(context => Steps(context).RefundLatePaymentAsync(context.Saga, context.CancellationToken))
                .Then(context => Log(context, "RefundLatePayment")),
            When(PaymentRefunded, context => context.Saga.RefundReason == RefundReasons.Cancelled)
                .ThenAsync(context => Steps(context).CompleteRefundAsync(context.Saga, context.Message.Amount, context.CancellationToken))
                .TransitionTo(Refunded)
                .Then(context => Log(context, "CompleteCancellationRefund")));

        During(Failed, Expired, Cancelled,
            When(PaymentRefunded, context => context.Saga.RefundReason == RefundReasons.LatePayment && context.Saga.RefundedAt is null)
                .ThenAsync(context => Steps(context).CompleteRefundAsync(context.Saga, context.Message.Amount, context.CancellationToken))
                .Then(context => Log(context, "CompleteLatePaymentRefund")));

        During(Failed, Expired, Cancelled,
            When(RefundFailed, context => context.Saga.RefundReason is not null && context.Saga.RefundedAt is null && context.Saga.RefundFailedAt is null)
                .ThenAsync(context => Steps(context).RefundNeedsAPersonAsync(context.Saga, context.Message.Reason, context.CancellationToken))
                .Then(context => Log(context, "RefundNeedsAPerson")));

        DuringAny(
            When(PaymentCancelled, context => context.Saga.PaymentCancelledAt is null)
                .Then(context => context.Saga.PaymentCancelledAt = context.Message.OccurredAt));

        OnUnhandledEvent(context =>
        {
            LogIgnored(logger, context.Saga.CorrelationId, context.Event.Name, context.Saga.CurrentState);
            return context.Ignore();
        });
    }

    static IBookingSteps Steps(ConsumeContext context) => context.GetServiceOrCreateInstance<IBookingSteps>();

    // An organizer's cancellation may have fanned out while this booking was being placed, and missed it.
    static Task<bool> EventCancelledInCatalog(BehaviorContext<BookingState, BookingCreated> context) =>
        Steps(context).IsCancelledInCatalogAsync(context.Message.Booking, context.CancellationToken);

    EventActivityBinder<BookingState, BookingCreated> CancelForOrganizer(EventActivityBinder<BookingState, BookingCreated> placed) =>
        placed
            .Unschedule(HoldExpiry)
            .ThenAsync(context => Steps(context).CancelUnpaidAsync(context.Saga, "The event was cancelled.", ByOrganizer, context.CancellationToken))
            .TransitionTo(Cancelled)
            .Then(context => Log(context, "CancelUnpaid"));

    void Log(BehaviorContext<BookingState> context, string step) =>
        LogTransition(logger, context.Saga.CorrelationId, context.Event.Name, step, context.Saga.CurrentState);

    [LoggerMessage(Level = LogLevel.Information, Message = "Booking {BookingId}: {Event} -> {Step}, now {State}")]
    static partial void LogTransition(ILogger logger, Guid bookingId, string @event, string step, string state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Booking {BookingId}: {Event} ignored in {State}")]
    static partial void LogIgnored(ILogger logger, Guid bookingId, string @event, string state);
}
