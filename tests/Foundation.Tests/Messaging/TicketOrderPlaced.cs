namespace Platform.Foundation.Tests.Messaging;

public sealed record TicketOrderPlaced(Guid OrderId, string Buyer, int HandlingDelayMs = 0);

public sealed record SeatHoldExpired(Guid HoldId);
