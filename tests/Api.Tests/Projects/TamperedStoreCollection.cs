using Fupin.EventSourced.Api.Tests.Infrastructure;

namespace Fupin.EventSourced.Api.Tests.Projects;

/// <summary>
/// Verification tests alter event rows directly in PostgreSQL, as an attacker would. An event altered so that it no
/// longer deserialises stops the async figure ledger, loudly, as it should: so these tests get a database and a host
/// of their own, and the shared host's ledger keeps running for everyone else.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TamperedStoreCollection : ICollectionFixture<TamperedStoreCollection.Fixture>
{
    public const string Name = "Fund verification on a store of its own";

    public sealed class Fixture : ApiFixture;
}
