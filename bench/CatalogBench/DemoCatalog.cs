using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Platform.Bench.Catalog;

// `./platform.sh seed`: fills a running platform with demo organizers, organizations and events,
// all through the gateway's public API, the way a person would (register, verify by the emailed
// link from the platform's Maildir, sign in, create an organization, create and publish events).
public static partial class DemoCatalog
{
    const string Password = "demo-organizer-passphrase-2026";

    sealed record Organizer(string Name, string Email, string Organization, (string Title, string Category, string City, string Country, string Zone, string Venue, string Description, decimal Price, string? Rrule)[] Events);

    static readonly Organizer[] Organizers =
    [
        new("Clara Weiss", "clara@demo.ticketing.test", "Spree Sound Concerts",
        [
            ("Night of Strings", "music", "Berlin", "DE", "Europe/Berlin", "Konzerthaus", "A chamber orchestra plays Brahms and Dvořák.", 35m, null),
            ("Jazz on Thursdays", "music", "Berlin", "DE", "Europe/Berlin", "A-Trane", "Weekly jazz trio sessions, late evening.", 18m, "FREQ=WEEKLY;BYDAY=TH;COUNT=20"),
            ("Techno by the River", "music", "Hamburg", "DE", "Europe/Berlin", "Elbkeller", "Eight hours of techno on the Elbe.", 25m, null),
        ]),
        new("Marcel Dubois", "marcel@demo.ticketing.test", "Théâtre du Quai",
        [
            ("Le Misanthrope", "theatre", "Paris", "FR", "Europe/Paris", "Théâtre du Quai", "Molière's comedy in a new staging.", 42m, "FREQ=WEEKLY;BYDAY=FR,SA;COUNT=16"),
            ("Improv Sundays", "comedy", "Paris", "FR", "Europe/Paris", "Le Petit Quai", "Improvised comedy from audience prompts.", 15m, "FREQ=MONTHLY;BYDAY=1SU;COUNT=10"),
        ]),
        new("Ana Ruiz", "ana@demo.ticketing.test", "Cloud Native Summit Org",
        [
            ("Cloud Native Summit", "conference", "Madrid", "ES", "Europe/Madrid", "IFEMA Hall 4", "Two days of talks on distributed systems, Kubernetes and .NET.", 249m, null),
            ("Data Engineering Meetup", "conference", "New York", "US", "America/New_York", "Hudson Loft", "Monthly meetup: pipelines, lakes and streams.", 0m, "FREQ=MONTHLY;BYMONTHDAY=15;COUNT=12"),
        ]),
    ];

    public static async Task<int> RunAsync(Uri gateway, string maildir)
    {
        using var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };
        var start = DateTime.UtcNow.Date.AddDays(14);
        foreach (var organizer in Organizers)
        {
            var token = await SignUpAsync(http, organizer, maildir);
            var organizationId = await CreateOrganizationAsync(http, token, organizer.Organization);
            token = await SignInAsync(http, organizer.Email);
            var offset = 0;
            foreach (var e in organizer.Events)
            {
                var starts = start.AddDays(offset += 5).AddHours(19);
                var draft = new
                {
                    title = e.Title,
                    description = e.Description,
                    category = e.Category,
                    venue = new { name = e.Venue, address = "1 Main Street", city = e.City, country = e.Country, timeZone = e.Zone },
                    startsAt = starts.ToString("yyyy-MM-dd'T'HH:mm:ss"),
                    endsAt = starts.AddHours(3).ToString("yyyy-MM-dd'T'HH:mm:ss"),
                    coverImageUrl = $"https://images.example.com/{Uri.EscapeDataString(e.Title.ToLowerInvariant())}.jpg",
                    recurrence = e.Rrule is null ? null : new { rrule = e.Rrule },
                    ticketTypes = new object[]
                    {
                        new { name = "Standard", description = "General admission", price = e.Price, currency = e.Country == "US" ? "USD" : "EUR", capacity = 200, maxPerOrder = 8 },
                        new { name = "Supporter", description = "Pays it forward", price = e.Price + 20m, currency = e.Country == "US" ? "USD" : "EUR", capacity = 30, maxPerOrder = 2 },
                    },
                };
                var created = await SendAsync(http, HttpMethod.Post, $"/api/events/organizations/{organizationId}/events", token, draft, HttpStatusCode.Created);
                var id = created.GetProperty("id").GetGuid();
                await SendAsync(http, HttpMethod.Post, $"/api/events/organizations/{organizationId}/events/{id}/publish", token, new { }, HttpStatusCode.OK);
                Console.WriteLine($"  {organizer.Organization}: {e.Title} ({created.GetProperty("occurrences").GetArrayLength()} occurrences) {id}");
            }
        }
        Console.WriteLine($"Browse them: curl '{gateway}api/events?sort=date'");
        return 0;
    }

    static async Task<string> SignUpAsync(HttpClient http, Organizer organizer, string maildir)
    {
        using (var register = await http.PostAsJsonAsync("/api/auth/register", new { email = organizer.Email, password = Password, displayName = organizer.Name }))
        {
            if (register.StatusCode == HttpStatusCode.Created)
            {
                var link = await VerificationLinkAsync(maildir, organizer.Email);
                if (link is null)
                    Console.WriteLine($"  (no verification mail for {organizer.Email} in {maildir}; continuing unverified)");
                else
                    (await http.GetAsync(link.PathAndQuery)).Dispose();
            }
            else if (register.StatusCode != HttpStatusCode.Conflict)
                throw new InvalidOperationException($"register {organizer.Email}: {(int)register.StatusCode} {await register.Content.ReadAsStringAsync()}");
        }
        Console.WriteLine($"organizer {organizer.Name} <{organizer.Email}> (password: see DemoCatalog.cs)");
        return await SignInAsync(http, organizer.Email);
    }

    static async Task<Uri?> VerificationLinkAsync(string maildir, string email)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var folder = Path.Combine(maildir, "new");
        while (DateTime.UtcNow < deadline)
        {
            if (Directory.Exists(folder))
                foreach (var file in Directory.EnumerateFiles(folder))
                {
                    var text = File.ReadAllText(file).Replace("=\r\n", "").Replace("=\n", "").Replace("=3D", "=");
                    if (!text.Contains(email, StringComparison.OrdinalIgnoreCase))
                        continue;
                    var link = Link().Matches(text).Select(m => m.Value).FirstOrDefault(l => l.Contains("verify-email"));
                    if (link is not null)
                        return new Uri(link);
                }
            await Task.Delay(500);
        }
        return null;
    }

    static async Task<string> SignInAsync(HttpClient http, string email)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/sign-in", new { email, password = Password });
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"sign-in {email}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("accessToken").GetString()!;
    }

    static async Task<Guid> CreateOrganizationAsync(HttpClient http, string token, string name)
    {
        using var mine = new HttpRequestMessage(HttpMethod.Get, "/api/organizations");
        mine.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var existing = await http.SendAsync(mine);
        if (existing.IsSuccessStatusCode)
            foreach (var organization in JsonDocument.Parse(await existing.Content.ReadAsStringAsync()).RootElement.EnumerateArray())
                if (organization.GetProperty("name").GetString() == name)
                    return organization.GetProperty("id").GetGuid();
        var created = await SendAsync(http, HttpMethod.Post, "/api/organizations", token, new { name }, HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    static async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, string token, object body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex Link();
}
