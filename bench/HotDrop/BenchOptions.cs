namespace Platform.Bench.HotDrop;

// Command line (all optional): --seats N --connections 64,256 --buyers B --sold-out-seconds S
// --sold-out-requests R --ceiling-seconds T --bookings-replicas K --storm-timeout-seconds X --cold yes, or
// `gateway-share [--share-connections C --share-seconds S --variants yes]`; a running platform instead of our own:
// --gateway URL --bookings-db CONNECTION --rabbitmq AMQP-URI.
public sealed record BenchOptions(
    bool GatewayShare,
    int Seats,
    IReadOnlyList<int> Connections,
    int Buyers,
    int SoldOutSeconds,
    int SoldOutRequests,
    int CeilingSeconds,
    int BookingsReplicas,
    int StormTimeoutSeconds,
    int ShareConnections,
    int ShareSeconds,
    bool ShareVariants,
    bool Cold,
    Uri? Gateway,
    string? BookingsDb,
    string? RabbitMq)
{
    const string Usage = "Usage: [gateway-share] --seats N --connections 64,256 --buyers B --sold-out-seconds S --sold-out-requests R " +
                         "--ceiling-seconds T --bookings-replicas K --storm-timeout-seconds X --cold yes --share-connections C --share-seconds S --variants yes " +
                         "[--gateway URL --bookings-db CS --rabbitmq URI]";

    public static BenchOptions Parse(string[] args)
    {
        var gatewayShare = args is ["gateway-share", ..];
        var values = new Dictionary<string, string>();
        for (var i = gatewayShare ? 1 : 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"Unexpected argument '{args[i]}'. {Usage}");
            values[args[i][2..]] = args[++i];
        }

        int Number(string name, int fallback) =>
            values.TryGetValue(name, out var text)
                ? int.TryParse(text, out var n) && n > 0 ? n : throw new ArgumentException($"--{name} must be a positive whole number.")
                : fallback;
        var connections = values.TryGetValue("connections", out var list)
            ? list.Split(',').Select(c => int.TryParse(c, out var n) && n > 0 ? n : throw new ArgumentException("--connections must be positive whole numbers separated by commas, e.g. 64,256.")).ToArray()
            : [64, 256];
        var options = new BenchOptions(
            gatewayShare,
            Number("seats", 500), connections, Number("buyers", Math.Max(256, connections.Max())),
            Number("sold-out-seconds", 5), Number("sold-out-requests", 30_000), Number("ceiling-seconds", 10),
            Number("bookings-replicas", 1), Number("storm-timeout-seconds", 120),
            Number("share-connections", 64), Number("share-seconds", 10),
            values.TryGetValue("variants", out var variants) && variants is "yes" or "true",
            values.TryGetValue("cold", out var cold) && cold is "yes" or "true",
            values.TryGetValue("gateway", out var gateway) ? new Uri(gateway) : null,
            values.GetValueOrDefault("bookings-db"), values.GetValueOrDefault("rabbitmq"));
        if (options.Gateway is not null && (options.BookingsDb is null || options.RabbitMq is null))
            throw new ArgumentException("--gateway needs --bookings-db and --rabbitmq too (the benchmark seeds the sale and checks the counters).");
        if (options.Gateway is not null && options.BookingsReplicas > 1)
            throw new ArgumentException("--bookings-replicas starts a platform of its own; it cannot be combined with --gateway.");
        return options;
    }
}
