using System.Net.Http.Json;

namespace Platform.Bench.HotDrop;

// Signed-in buyers made before the clock starts: registration and sign-in are not part of the drop.
public static class Buyers
{
    sealed record SignedIn(string AccessToken);

    public static async Task<string[]> SignInAsync(HttpClient gateway, int count)
    {
        const string password = "hot drop bench buyer 2026";
        var run = Guid.NewGuid().ToString("N")[..8];
        var tokens = new string[count];
        using var gate = new SemaphoreSlim(16);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var email = $"buyer-{run}-{i}@example.com";
                using (var registered = await gateway.PostAsJsonAsync("/api/auth/register", new { email, password, displayName = $"Buyer {i}" }))
                    registered.EnsureSuccessStatusCode();
                using var signedIn = await gateway.PostAsJsonAsync("/api/auth/sign-in", new { email, password });
                signedIn.EnsureSuccessStatusCode();
                tokens[i] = (await signedIn.Content.ReadFromJsonAsync<SignedIn>())!.AccessToken;
            }
            finally
            {
                gate.Release();
            }
        }));
        return tokens;
    }
}
