using System.Globalization;

namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>
/// How hard and how long the fault tests push. Small by default so the suite stays short on a 2-core machine;
/// the benchmark sets <c>FUPIN_FAULT_SECONDS</c> (and <c>FUPIN_FAULT_CLIENTS</c>) to run them longer.
/// </summary>
public static class FaultSettings
{
    public const string SecondsVariable = "FUPIN_FAULT_SECONDS";
    public const string ClientsVariable = "FUPIN_FAULT_CLIENTS";
    public const string MaxLatencyVariable = "FUPIN_FAULT_MAX_LATENCY_SECONDS";

    /// <summary>How long each test keeps its clients sending; the fault happens a third of the way in.</summary>
    public static TimeSpan LoadDuration { get; } = TimeSpan.FromSeconds(Read(SecondsVariable, 6, 1, 3600));

    /// <summary>Concurrent client loops, each sending one request at a time.</summary>
    public static int Clients { get; } = (int)Read(ClientsVariable, 8, 1, 256);

    /// <summary>
    /// Of the <see cref="Clients"/>, how many are <see cref="KeyedClient"/>s (every command with an Idempotency-Key)
    /// where a test asks for them: half, so the careful clients without keys are still exercised beside them.
    /// </summary>
    public static int KeyedClients => Clients / 2;

    /// <summary>
    /// Slowest answer accepted, at any moment of any test: a few seconds, well below the clients' 30 s timeout, so
    /// nothing may hang until it. Raise it with <c>FUPIN_FAULT_MAX_LATENCY_SECONDS</c> only on a machine so busy
    /// that healthy requests take that long.
    /// </summary>
    public static TimeSpan MaxLatency { get; } = TimeSpan.FromSeconds(Read(MaxLatencyVariable, 5, 0.1, 29));

    /// <summary>How long an async projection may take to catch up, or a node to take the daemon over.</summary>
    public static TimeSpan CatchUpTimeout { get; } = TimeSpan.FromSeconds(60);

    private static double Read(string variable, double fallback, double min, double max) =>
        double.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Float, CultureInfo.InvariantCulture,
            out var value) && value >= min && value <= max
            ? value
            : fallback;
}
