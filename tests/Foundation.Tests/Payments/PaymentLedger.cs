using Npgsql;

namespace Platform.Foundation.Tests.PaymentsService;

// Reads the service's tables directly: the ledger, the attempts and the simulated provider's own records.
public sealed class PaymentLedger(string connectionString)
{
    public Task<long> PaymentsForBookingAsync(Guid bookingId) =>
        ScalarAsync("SELECT count(*) FROM payments WHERE booking_id = @id", bookingId);

    public Task<long> ProviderChargesAsync(Guid paymentId) =>
        ScalarAsync("SELECT count(*) FROM simulated_provider_charges WHERE payment_id = @id AND operation = 'charge' AND succeeded", paymentId);

    public Task<long> ProviderRefundsAsync(Guid paymentId) =>
        ScalarAsync("SELECT count(*) FROM simulated_provider_charges WHERE payment_id = @id AND operation = 'refund'", paymentId);

    public Task<long> RefundRowsAsync(Guid paymentId) =>
        ScalarAsync("SELECT count(*) FROM refunds WHERE payment_id = @id", paymentId);

    public async Task<long> RefundTriesAsync(Guid paymentId) =>
        await ScalarAsync("SELECT attempts::bigint FROM refunds WHERE payment_id = @id", paymentId);

    public async Task<bool> CancelRequestedAsync(Guid paymentId) =>
        await ScalarAsync("SELECT count(*) FROM payments WHERE id = @id AND cancel_requested_at IS NOT NULL", paymentId) == 1;

    public async Task<IReadOnlyList<(string Kind, string? TokenKind, string Outcome)>> AttemptsAsync(Guid paymentId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT kind, card_token_kind, outcome FROM payment_attempts WHERE payment_id = @id ORDER BY started_at, id", connection);
        command.Parameters.AddWithValue("id", paymentId);
        var rows = new List<(string, string?, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2)));
        return rows;
    }

    // What a crash mid-call leaves behind: the payment claimed for processing long ago, no outcome recorded.
    public Task LeaveInProcessingAsync(Guid paymentId, TimeSpan since) =>
        ExecuteAsync("UPDATE payments SET status = 'Processing', processing_started_at = now() - @since::interval WHERE id = @id",
            paymentId, ("since", since));

    // What the provider remembers of a charge it completed before the crash.
    public Task RecordProviderChargeAsync(Guid paymentId, decimal amount) =>
        ExecuteAsync("""
            INSERT INTO simulated_provider_charges (idempotency_key, operation, payment_id, succeeded, reference, amount, currency, created_at)
            VALUES ('charge-' || @id::text, 'charge', @id, true, 'sim_ch_before_crash', @amount, 'EUR', now())
            """, paymentId, ("amount", amount));

    // What the provider remembers of a charge it declined before the crash.
    public Task RecordProviderDeclineAsync(Guid paymentId, decimal amount) =>
        ExecuteAsync("""
            INSERT INTO simulated_provider_charges (idempotency_key, operation, payment_id, succeeded, decline_reason, amount, currency, created_at)
            VALUES ('charge-' || @id::text, 'charge', @id, false, 'card_declined', @amount, 'EUR', now())
            """, paymentId, ("amount", amount));

    // The booking's hold runs out now, whatever the payment is doing.
    public Task EndHoldAsync(Guid paymentId) =>
        ExecuteAsync("UPDATE payments SET expires_at = now() - interval '1 second' WHERE id = @id", paymentId);

    async Task<long> ScalarAsync(string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    async Task ExecuteAsync(string sql, Guid id, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync();
    }
}
