using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>
/// A fault test: skipped, with the reason, where the PostgreSQL server binaries are not installed (CI and
/// ./scripts/test.sh install them), since each test starts, stops and restarts a cluster of its own.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FaultFactAttribute : FactAttribute
{
    public FaultFactAttribute()
    {
        if (!LocalPostgresCluster.BinariesInstalled)
        {
            Skip = "The PostgreSQL server binaries (/usr/lib/postgresql/*/bin) are not installed; " +
                   "./scripts/test.sh installs them.";
        }
    }
}
