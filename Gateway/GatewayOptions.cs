using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway;

// Bound from the "Gateway" section; validated at start so a bad value names itself.
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    [Range(1, long.MaxValue, ErrorMessage = "Gateway:MaxRequestBodyBytes must be a positive number of bytes.")]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00",
        ErrorMessage = "Gateway:DownstreamHealthTimeout must be between 100 ms and 1 minute.")]
    public TimeSpan DownstreamHealthTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
