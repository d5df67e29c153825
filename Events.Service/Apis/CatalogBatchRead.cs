using System.ComponentModel;
using Events.Service.Domain;
using Events.Service.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Events.Service.Apis;

// Several public events by id in one round trip, so a list that names events (a customer's bookings)
// costs one call rather than one per row. Ids that are unknown or not public are left out.
public static class CatalogBatchRead
{
    public const int MaxIds = 100;

    public static async Task<Results<Ok<IReadOnlyList<EventSummaryResponse>>, ValidationProblem>> ListByIdsAsync(
        [Description("Event ids, comma-separated GUIDs (1 to 100).")] string? ids, EventsDbContext db, CancellationToken cancellationToken)
    {
        var wanted = new HashSet<Guid>();
        foreach (var part in (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Guid.TryParse(part, out var id))
                return Invalid($"'{part}' is not a GUID; give ids as a comma-separated list of GUIDs.");
            wanted.Add(id);
        }
        if (wanted.Count is 0 or > MaxIds)
            return Invalid($"Give 1 to {MaxIds} event ids, comma-separated.");

        var found = await db.Set<CatalogEvent>().AsNoTracking()
            .Where(e => wanted.Contains(e.Id) && e.Status != EventStatus.Draft)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<EventSummaryResponse>>([.. found.Select(EventDetails.ToSummary)]);
    }

    static ValidationProblem Invalid(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ids"] = [message] });
}
