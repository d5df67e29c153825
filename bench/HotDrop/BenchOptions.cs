namespace Platform.Bench.HotDrop;

// Command line: --seats N --requests M --connections C, and optionally a running platform:
// --gateway URL --bookings-db CONNECTION --rabbitmq AMQP-URI.
public sealed record BenchOptions(int Seats, int Requests, int Connections, Uri? Gateway, string? BookingsDb, string? RabbitMq)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"Unexpected argument '{args[i]}'. Usage: --seats N --requests M --connections C [--gateway URL --bookings-db CS --rabbitmq URI]");
            values[args[i][2..]] = args[++i];
        }
        int Number(string name, int fallback) =>
            values.TryGetValue(name, out var text) ? (int.TryParse(text, out var n) && n > 0 ? n : throw new ArgumentException($"--{name} must be a positive whole number.")) : fallback;
        var options = new BenchOptions(
            Number("seats", 1_000), Number("requests", 5_000), Number("connections", 200),
            values.TryGetValue("gateway", out var gateway) ? new Uri(gateway) : null,
            values.GetValueOrDefault("bookings-db"), values.GetValueOrDefault("rabbitmq"));
        if (options.Gateway is not null && (options.BookingsDb is null || options.RabbitMq is null))
            throw new ArgumentException("--gateway needs --bookings-db and --rabbitmq too (the benchmark seeds the sale and checks the counters).");
        return options;
    }
}
