using System.Diagnostics;
using Fupin.EventSourced.Api.Projects.Verifying;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Fupin.EventSourced.Bench;

/// <summary>How fast the auditors' verification recomputes every project's hash chain and balances.</summary>
/// <param name="Projects">Projects verified.</param>
/// <param name="Events">Events recomputed.</param>
/// <param name="Intact">Projects whose chain held and whose read model matched.</param>
/// <param name="Elapsed">Wall time of the whole verification.</param>
public sealed record ChainVerificationResult(int Projects, long Events, int Intact, TimeSpan Elapsed)
{
    public double EventsPerSecond => Events / Elapsed.TotalSeconds;

    public bool Consistent => Intact == Projects;
}

public static class ChainVerificationBench
{
    /// <summary>
    /// Runs <see cref="FundVerification.VerifyAllAsync"/> (what <c>GET /api/funds/verification</c> and
    /// <c>verify-funds</c> run) over the store the funds mix left, in this process with the API's Marten configuration.
    /// </summary>
    public static async Task<ChainVerificationResult> RunAsync(string connectionString)
    {
        using var host = await MartenHost.StartAsync(connectionString);
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var clock = Stopwatch.StartNew();
        var result = await FundVerification.VerifyAllAsync(session, divisionPrefix: null);
        clock.Stop();
        await host.StopAsync();
        return new ChainVerificationResult(result.Projects, result.Events, result.Intact, clock.Elapsed);
    }
}
