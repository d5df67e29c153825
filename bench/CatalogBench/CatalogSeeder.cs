using Npgsql;

namespace Platform.Bench.Catalog;

// Bulk-inserts published events straight into eventsdb (not through the API: 10,000 organizer
// requests would take longer than the benchmark itself). Each event gets one occurrence and two
// ticket types; listing fields (starts_at, min_price, seats_left) are filled as the API would.
public static class CatalogSeeder
{
    public const string Sql = """
        WITH cities(i, city, country, zone) AS (VALUES
            (0, 'Berlin', 'DE', 'Europe/Berlin'), (1, 'Hamburg', 'DE', 'Europe/Berlin'), (2, 'Vienna', 'AT', 'Europe/Vienna'),
            (3, 'Paris', 'FR', 'Europe/Paris'), (4, 'London', 'GB', 'Europe/London'), (5, 'Madrid', 'ES', 'Europe/Madrid'),
            (6, 'New York', 'US', 'America/New_York'), (7, 'Chicago', 'US', 'America/Chicago')),
        categories(i, category, noun) AS (VALUES
            (0, 'music', 'Concert'), (1, 'theatre', 'Play'), (2, 'comedy', 'Stand-up Night'), (3, 'conference', 'Summit'),
            (4, 'sports', 'Match'), (5, 'festival', 'Festival')),
        adjectives(i, word) AS (VALUES (0, 'Midnight'), (1, 'Golden'), (2, 'Electric'), (3, 'Acoustic'), (4, 'Grand'),
            (5, 'Urban'), (6, 'Summer'), (7, 'Winter'), (8, 'Riverside'), (9, 'Open-Air')),
        generated AS (
            SELECT n, gen_random_uuid() AS id,
                   now() + make_interval(days => 1 + n % 365, hours => n % 12) AS starts_at,
                   (10 + (n * 7) % 190)::numeric(12,2) AS price,
                   50 + (n * 13) % 450 AS capacity
            FROM generate_series(1, {0}) AS n),
        inserted AS (
            INSERT INTO events (id, organization_id, status, title, description, category, venue_name, venue_address, venue_city,
                venue_country, venue_time_zone, city_key, cover_image_url, hold_minutes, cancellation_deadline_hours,
                no_overlapping_bookings, one_booking_per_occurrence, starts_at_local, ends_at_local, recurrence_rule,
                recurrence_exceptions, expanded_until, starts_at, ends_at, min_price, min_price_currency, seats_left,
                version, created_at, updated_at, published_at)
            SELECT g.id, ('00000000-0000-7000-8000-' || lpad((g.n % 50)::text, 12, '0'))::uuid, 'Published',
                   a.word || ' ' || c.noun || ' #' || g.n,
                   'A ' || lower(a.word) || ' ' || c.category || ' evening in ' || ci.city || ' with guests, food and drinks.',
                   c.category, ci.city || ' Hall', 'Main Street ' || g.n, ci.city, ci.country, ci.zone, lower(ci.city), NULL, 10, 24,
                   false, false, (g.starts_at AT TIME ZONE ci.zone), (g.starts_at AT TIME ZONE ci.zone) + interval '2 hours', NULL,
                   '{{}}', NULL, g.starts_at, g.starts_at + interval '2 hours', g.price, 'EUR', g.capacity + 20,
                   1, now(), now(), now()
            FROM generated g
            JOIN cities ci ON ci.i = g.n % 8
            JOIN categories c ON c.i = g.n % 6
            JOIN adjectives a ON a.i = (g.n / 7) % 10
            RETURNING id, starts_at, min_price, seats_left),
        occurrences_inserted AS (
            INSERT INTO occurrences (id, event_id, original_starts_at, starts_at, ends_at, status, moved)
            SELECT gen_random_uuid(), id, starts_at, starts_at, starts_at + interval '2 hours', 'Scheduled', false FROM inserted)
        INSERT INTO ticket_types (id, event_id, position, name, description, price, currency, capacity, min_per_order, max_per_order)
        SELECT gen_random_uuid(), id, 0, 'Standard', 'General admission', min_price, 'EUR', seats_left - 20, 1, 10 FROM inserted
        UNION ALL
        SELECT gen_random_uuid(), id, 1, 'VIP', 'Front rows', min_price + 50, 'EUR', 20, 1, 4 FROM inserted
        """;

    public static async Task SeedAsync(string connectionString, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(string.Format(Sql, count), connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE events; ANALYZE occurrences; ANALYZE ticket_types;", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    public static async Task<List<Guid>> SomeEventIdsAsync(string connectionString, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT id FROM events ORDER BY random() LIMIT {count}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
            ids.Add(reader.GetGuid(0));
        return ids;
    }
}
