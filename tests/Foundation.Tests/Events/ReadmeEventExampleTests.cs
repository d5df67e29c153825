using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Foundation.Tests.Deploy;
using Xunit;

namespace Platform.Foundation.Tests.Catalog;

// A newcomer copies the README's event-creation example: it must work exactly as printed.
public sealed partial class ReadmeEventExampleTests
{
    // The example's dates are fixed, so the service's clock is set to a day in the weeks before them.
    static readonly DateTimeOffset ReadersToday = new(2027, 4, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_readme_event_example_creates_a_weekly_event_with_two_ticket_types_as_printed()
    {
        var (path, body) = ReadmeExample();
        var clock = new ManualClock();
        clock.Advance(ReadersToday - DateTimeOffset.UtcNow);
        await using var events = await EventsUnderTest.StartAsync(clock: clock);
        var org = Guid.CreateVersion7();

        using var created = await events.SendAsync(HttpMethod.Post, path.Replace("$ORG", org.ToString()), events.OrganizerToken(org),
            JsonDocument.Parse(body).RootElement);
        var draft = await EventsUnderTest.ExpectAsync(created, HttpStatusCode.Created);
        var published = await events.ActAsync(org, draft.Id(), "publish");

        Assert.Equal("Published", published.Str("status"));
        Assert.Equal(["Standing", "Table"], published.GetProperty("ticketTypes").EnumerateArray().Select(t => t.Str("name")));
        Assert.Equal(60, published.GetProperty("checkInOpensMinutesBefore").GetInt32());
        var starts = published.GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("startsAt").GetDateTimeOffset()).ToList();
        Assert.Equal(7, starts.Count);
        Assert.All(starts, s => Assert.Equal((DayOfWeek.Thursday, 19, 30, TimeSpan.FromHours(2)), (s.DayOfWeek, s.Hour, s.Minute, s.Offset)));
        Assert.DoesNotContain(starts, s => s.Date == new DateTime(2027, 5, 27));
    }

    [Fact]
    public void The_readme_needs_nothing_beyond_curl_and_jq_for_its_walk_throughs()
    {
        var readme = File.ReadAllText(RepositoryLayout.PathOf("README.md"));

        Assert.DoesNotContain("uuidgen", readme);
    }

    // The body between the heredoc markers of the "Creating an event" block, and the path the curl posts it to.
    static (string Path, string Body) ReadmeExample()
    {
        var readme = File.ReadAllText(RepositoryLayout.PathOf("README.md"));
        var section = readme[readme.IndexOf("### Creating an event", StringComparison.Ordinal)..];
        var block = CodeBlock().Match(section);
        Assert.True(block.Success, "README: no code block under 'Creating an event'");
        var heredoc = Heredoc().Match(block.Groups["code"].Value);
        Assert.True(heredoc.Success, "README: the event example is not a curl with a <<'JSON' body");
        return (heredoc.Groups["path"].Value, heredoc.Groups["body"].Value);
    }

    [GeneratedRegex(@"```bash\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"curl -s -X POST \$GW(?<path>/api/events/organizations/\$ORG/events) .*?<<'JSON'[^\n]*\n(?<body>.*?)\nJSON\n", RegexOptions.Singleline)]
    private static partial Regex Heredoc();
}
