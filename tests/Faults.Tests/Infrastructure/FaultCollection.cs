namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>
/// Every fault test runs API processes and a PostgreSQL cluster of its own and loads them with several client
/// loops: CPU heavy, so they run one after another, never beside each other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "Faults";
}
