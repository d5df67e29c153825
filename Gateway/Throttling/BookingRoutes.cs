namespace Platform.Gateway.Throttling;

// Creating a booking holds seats: one buyer gets a small budget so nobody can sit on a hot drop's stock.
public static class BookingRoutes
{
    public const string Path = "/api/bookings";

    public static bool Matches(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(Path + "/", StringComparison.OrdinalIgnoreCase));
}
