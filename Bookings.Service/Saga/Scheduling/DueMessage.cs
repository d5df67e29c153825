namespace Bookings.Service.Saga.Scheduling;

// A message to be delivered to the booking saga at DueAt, stored in Postgres so it survives restarts of
// Bookings and of RabbitMQ. TokenId is MassTransit's scheduling token: unscheduling deletes the row.
public sealed class DueMessage
{
    public Guid TokenId { get; init; }
    public DateTimeOffset DueAt { get; set; }
    public required string MessageType { get; init; }
    public required string Body { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    // Failed deliveries are tried again later; the last error says why.
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
