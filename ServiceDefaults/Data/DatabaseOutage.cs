using Npgsql;

namespace Platform.ServiceDefaults.Data;

/// <summary>What kept a request from its database, when it was not the query's own fault.</summary>
public enum DatabaseTrouble
{
    None,

    /// <summary>Refused, reset or shut down: pooled connections from before may be dead.</summary>
    Unreachable,

    /// <summary>Reachable but no connection or answer in time: the pool stayed full or the server is overloaded.</summary>
    Busy,
}

/// <summary>Whether an error means the database was unreachable or busy, as opposed to a query it refused.</summary>
public static class DatabaseOutage
{
    // Connection exceptions (class 08), the server shutting down or still starting (57P01-57P03) and no
    // connection slot left (53300). A deadlock or a constraint is the query's business, not an outage.
    static readonly string[] OutageStates = ["57P01", "57P02", "57P03", "53300"];

    public static DatabaseTrouble Classify(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || OutageStates.Contains(postgres.SqlState)
                        ? DatabaseTrouble.Unreachable
                        : DatabaseTrouble.None;
                case NpgsqlException { IsTransient: true } npgsql:
                    // No pooled connection in time, or the server too slow to answer, says nothing about the
                    // connections already open; refused or reset does.
                    return npgsql.InnerException is TimeoutException ? DatabaseTrouble.Busy : DatabaseTrouble.Unreachable;
            }
        }
        return DatabaseTrouble.None;
    }
}
