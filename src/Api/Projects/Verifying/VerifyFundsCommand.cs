using JasperFx.CommandLine;
using Marten;

namespace Fupin.EventSourced.Api.Projects.Verifying;

public sealed class VerifyFundsInput : NetCoreInput
{
    [Description("Verify only this project; omit to verify every project")]
    public string? ProjectFlag { get; set; }

    [Description("Only projects of this 6-digit province, city or county code")]
    public string? DivisionFlag { get; set; }
}

/// <summary>
/// <c>dotnet Fupin.EventSourced.Api.dll verify-funds [--project id] [--division 370300]</c> recomputes projects'
/// hash chains and balances from the stored events, compares them with the read models, prints what it found and
/// exits non-zero when anything is broken.
/// </summary>
[Description("Verifies projects' fund hash chains and balances against the stored events", Name = "verify-funds")]
public sealed class VerifyFundsCommand : JasperFxAsyncCommand<VerifyFundsInput>
{
    public override async Task<bool> Execute(VerifyFundsInput input)
    {
        string? prefix = null;
        if (input.DivisionFlag is { } division && !Domain.Divisions.TryPrefix(division, out prefix))
        {
            await Console.Error.WriteLineAsync($"'{division}' is not a 6-digit province, city or county code.");
            return false;
        }

        using var host = input.BuildHost();
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var started = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<ProjectVerification> results;
        if (input.ProjectFlag is { } projectId)
        {
            var result = await FundVerification.VerifyAsync(session, projectId);
            if (result is null)
            {
                await Console.Error.WriteLineAsync($"No project with id {projectId}.");
                return false;
            }

            results = [result];
            Console.WriteLine($"Verified project {projectId}: {result.Events} events.");
        }
        else
        {
            var all = await FundVerification.VerifyAllAsync(session, prefix);
            results = all.Failed;
            Console.WriteLine($"Verified {all.Projects} projects, {all.Events} events in {started.Elapsed.TotalSeconds:0.0} s: {all.Intact} intact, {all.Failed.Count} not.");
        }

        foreach (var failed in results.Where(r => !r.Intact))
        {
            Console.WriteLine($"BROKEN {failed.ProjectId}");
            if (failed.FirstBreak is { } broken)
            {
                Console.WriteLine($"  chain breaks at version {broken.Version}: {broken.Reason}");
            }

            foreach (var difference in failed.Differences)
            {
                Console.WriteLine($"  {difference}");
            }
        }

        if (results.All(r => r.Intact))
        {
            Console.WriteLine("Every chain is intact and every read model matches its events.");
        }

        return results.All(r => r.Intact);
    }
}
