using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Payments.Service.Providers;
using Payments.Service.Providers.Simulated;
using Payments.Service.Refunds;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService;

// Two Payments replicas run two refund workers over one table: a due refund must reach the provider once, not
// once per worker that listed it (the provider's refund key would hide a second call here, not at every provider).
public sealed class RefundWorkersTests : IAsyncLifetime
{
    readonly RefundCallCounter counter = new();
    PaymentsUnderTest service = null!;

    // The service's own worker sleeps between passes; the test runs the two that compete.
    public async Task InitializeAsync() => service = await PaymentsUnderTest.StartAsync(
        new Dictionary<string, string?> { ["Payments:WorkerPollInterval"] = "00:10:00" },
        testServices: services =>
        {
            services.AddSingleton<SimulatedPaymentProvider>();
            services.AddSingleton<IPaymentProvider>(provider => counter.Around(provider.GetRequiredService<SimulatedPaymentProvider>()));
        });

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Two_refund_workers_listing_the_same_due_refund_send_it_to_the_provider_once()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer, 48m);
        using (var client = service.ClientFor(customer))
        using (var confirm = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success"))
            Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        // Due now, written as RefundPayment's consumer writes it but without waking the sleeping worker.
        await DueRefundAsync(request.PaymentId, 48m);

        await Task.WhenAll(RunWorkerPassAsync(), RunWorkerPassAsync());

        Assert.Equal(1, counter.Refunds);
        var refunded = await service.Published.WaitForAsync<PaymentRefunded>(m => m.PaymentId == request.PaymentId, "PaymentRefunded");
        Assert.Equal(48m, refunded.Amount);
        await service.Published.SettleAsync();
        Assert.Single(service.Published.Of<PaymentRefunded>(m => m.PaymentId == request.PaymentId));
        Assert.Equal(1, await service.Ledger.ProviderRefundsAsync(request.PaymentId));
        await service.WaitForPaymentAsync(request.PaymentId, customer, "Refunded");
    }

    async Task RunWorkerPassAsync()
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RefundProcessor>().RunOnceAsync(CancellationToken.None);
    }

    async Task DueRefundAsync(Guid paymentId, decimal amount)
    {
        await using var connection = new NpgsqlConnection(service.Factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO refunds (id, payment_id, amount, currency, reason, status, attempts, next_attempt_at, created_at)
            VALUES (@id, @payment, @amount, 'EUR', 'cancelled', 'Pending', 0, now() - interval '1 second', now())
            """, connection);
        command.Parameters.AddWithValue("id", Guid.CreateVersion7());
        command.Parameters.AddWithValue("payment", paymentId);
        command.Parameters.AddWithValue("amount", amount);
        await command.ExecuteNonQueryAsync();
    }

    // Counts refund calls and makes each last a moment, so two workers that both decided to send overlap.
    sealed class RefundCallCounter
    {
        int refunds;

        public int Refunds => Volatile.Read(ref refunds);

        public IPaymentProvider Around(IPaymentProvider inner) => new Counting(inner, this);

        sealed class Counting(IPaymentProvider inner, RefundCallCounter counter) : IPaymentProvider
        {
            public string Name => inner.Name;

            public IReadOnlyList<string> TestCardTokens => inner.TestCardTokens;

            public string? TokenKindOf(string cardToken) => inner.TokenKindOf(cardToken);

            public Task<ChargeOutcome> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken) => inner.ChargeAsync(request, cancellationToken);

            public Task<ChargeOutcome?> FindChargeAsync(string idempotencyKey, CancellationToken cancellationToken) => inner.FindChargeAsync(idempotencyKey, cancellationToken);

            public async Task<RefundOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
            {
                Interlocked.Increment(ref counter.refunds);
                await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken);
                return await inner.RefundAsync(request, cancellationToken);
            }
        }
    }
}
