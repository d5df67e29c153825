using Npgsql;

namespace Platform.ServiceDefaults.Data;

/// <summary>
/// How many connections one instance of a service may hold, and how soon it gives idle ones back, so every
/// service, a second replica of each and an operator fit in the server's <c>max_connections</c>.
/// A value written in the connection string itself wins.
/// </summary>
public sealed record ConnectionBudget(int MaxPoolSize)
{
    static readonly NpgsqlConnectionStringBuilder Defaults = new();

    // An idle connection goes back to the server after this long: a storm's pool shrinks within a minute.
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromSeconds(30);

    // Opening a connection, or waiting for a pooled one, gives up after this long: with the server
    // unreachable a request fails in seconds instead of Npgsql's fifteen.
    public static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(3);

    // A statement run again and again is parsed and planned once per connection, not at every call: the
    // hot drop's few statements are most of what the server does.
    public const int AutoPreparedStatements = 64;

    public string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxPoolSize == Defaults.MaxPoolSize)
            builder.MaxPoolSize = MaxPoolSize;
        if (builder.ConnectionIdleLifetime == Defaults.ConnectionIdleLifetime)
            builder.ConnectionIdleLifetime = (int)IdleLifetime.TotalSeconds;
        if (builder.Timeout == Defaults.Timeout)
            builder.Timeout = (int)OpenTimeout.TotalSeconds;
        if (builder.MaxAutoPrepare == Defaults.MaxAutoPrepare)
            builder.MaxAutoPrepare = AutoPreparedStatements;
        return builder.ConnectionString;
    }
}
