using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Tables;

/// <summary>One Azurite shared by the Table client specs.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteTables : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Tables on Azurite";
}
