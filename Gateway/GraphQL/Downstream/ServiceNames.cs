namespace Platform.Gateway.GraphQL.Downstream;

// The services the schema reads from, by their service-discovery names (http://<name>).
public static class ServiceNames
{
    public const string Auth = "auth";
    public const string Events = "events";
    public const string Bookings = "bookings";
    public const string Payments = "payments";
    public const string Notifications = "notifications";

    public static readonly string[] All = [Auth, Events, Bookings, Payments, Notifications];

    public static string HttpClientName(string service) => $"graphql-{service}";
}
