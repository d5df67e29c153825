using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Crash;

// Each crash test starts a whole platform of its own; one at a time is all two cores can take.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashCollection
{
    public const string Name = "crash";
}
