using Xunit;

namespace Platform.Foundation.Tests.AppHost;

// Whole-platform starts are heavy on a small machine: these tests run one after another.
[CollectionDefinition(Name)]
public sealed class AppHostProcessesCollection
{
    public const string Name = "AppHost processes";
}
