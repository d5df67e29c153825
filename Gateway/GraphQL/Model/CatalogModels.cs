using GraphQL;

namespace Platform.Gateway.GraphQL.Model;

// Events' answers as the gateway reads them: the same names as its REST API, only what the schema shows.
public sealed record EventSummary(
    Guid Id,
    Guid OrganizationId,
    string Status,
    string Title,
    string Category,
    string VenueName,
    string City,
    string Country,
    string TimeZone,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    decimal? MinPrice,
    string? Currency,
    int SeatsLeft,
    string? CoverImageUrl);

public sealed record EventPage(IReadOnlyList<EventSummary> Items, int TotalCount, int Page, int PageSize);

public sealed record EventDetail(
    Guid Id,
    Guid OrganizationId,
    string Status,
    long Version,
    string Title,
    string Description,
    string Category,
    Venue Venue,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    decimal? MinPrice,
    string? Currency,
    int SeatsLeft,
    int HoldMinutes,
    int CancellationDeadlineHours,
    string? CancellationReason,
    IReadOnlyList<TicketType> TicketTypes,
    IReadOnlyList<Occurrence> Occurrences);

public sealed record Venue(string Name, string Address, string City, string Country, string TimeZone);

// Named explicitly: GraphQL.NET would otherwise drop the "Type" ending and call it Ticket.
[GraphQLMetadata("TicketType")]
public sealed record TicketType(
    Guid Id,
    string Name,
    string Description,
    decimal Price,
    string Currency,
    int Capacity,
    DateTimeOffset? SalesStartAt,
    DateTimeOffset? SalesEndAt,
    int MinPerOrder,
    int MaxPerOrder,
    int? MaxPerCustomer);

public sealed record Occurrence(
    Guid Id,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Status,
    string? CancellationReason,
    int SeatsLeft,
    IReadOnlyList<OccurrenceSeats> TicketTypes);

public sealed record OccurrenceSeats(Guid TicketTypeId, int Capacity, int SeatsLeft);
