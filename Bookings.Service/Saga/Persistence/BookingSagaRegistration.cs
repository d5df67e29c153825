using Bookings.Service.Infrastructure;
using MassTransit;
using MassTransit.Configuration;
using MassTransit.Saga;

namespace Bookings.Service.Saga.Persistence;

public static class BookingSagaRegistration
{
    // The bus delivers payment outcomes, refunds, BookingCreated and the organizer's per-booking
    // cancellations; the scoped mediator delivers the customer's cancellation and hold expiry in-process.
    // Both run the same machine over the same repository.
    public static void AddBookingStateMachine(this IRegistrationConfigurator registration) =>
        registration.AddSagaStateMachine<BookingStateMachine, BookingState>()
            .Repository(repository => repository.RegisterSagaRepository<
                BookingState, BookingsDbContext, SagaConsumeContextFactory<BookingsDbContext, BookingState>, BookingSagaRepositoryContextFactory>());
}
