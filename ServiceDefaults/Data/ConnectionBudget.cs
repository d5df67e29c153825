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

    // Waiting for a pooled connection, or for a loaded server to open one, gives up after this long. A hot
    // drop queues far more requests than the pool holds, and a buyer would rather wait than be told to
    // retry; a server that is down refuses at once, so an outage is still answered in a moment.
    public static readonly TimeSpan ConnectionWait = TimeSpan.FromSeconds(10);

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
            builder.Timeout = (int)ConnectionWait.TotalSeconds;
        if (builder.MaxAutoPrepare == Defaults.MaxAutoPrepare)
            builder.MaxAutoPrepare = AutoPreparedStatements;
        return builder.ConnectionString;
    }
}
