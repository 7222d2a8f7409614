namespace Fupin.EventSourced.Api.Tests.Infrastructure;

/// <summary>Most HTTP tests share one host and database; each uses its own village codes.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "API";
}
