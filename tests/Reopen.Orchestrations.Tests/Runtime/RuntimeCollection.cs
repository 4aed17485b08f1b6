using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Runtime;

/// <summary>One Azurite for all runtime tests; each test uses its own tables.</summary>
[CollectionDefinition(Name)]
public sealed class RuntimeCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "runtime";
}
