using Npgsql;

namespace Platform.ServiceDefaults.Data;

/// <summary>Whether an error means the database could not be reached, as opposed to a query it refused.</summary>
public static class DatabaseOutage
{
    // Connection exceptions (class 08), the server shutting down or still starting (57P01-57P03) and no
    // connection slot left (53300). A deadlock or a constraint is the query's business, not an outage.
    static readonly string[] OutageStates = ["57P01", "57P02", "57P03", "53300"];

    public static bool Is(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || OutageStates.Contains(postgres.SqlState);
                case NpgsqlException npgsql when npgsql.IsTransient:
                    // Refused, reset or timed out before the server answered; also no pooled connection in time.
                    return true;
            }
        }
        return false;
    }
}
