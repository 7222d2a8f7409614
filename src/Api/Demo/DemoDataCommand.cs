using System.Globalization;
using System.Net.Http.Headers;
using Fupin.EventSourced.Api.Security;
using JasperFx.CommandLine;

namespace Fupin.EventSourced.Api.Demo;

public sealed class DemoDataInput : NetCoreInput
{
    [Description("Base address of the running API")]
    public string UrlFlag { get; set; } = "http://localhost:5000";

    [Description("Share of the consultations to load (1 = all: seed 002's 5,000 in 2023); the other figures are loaded whole")]
    public decimal ScaleFlag { get; set; } = 1m;

    [Description("Requests in flight at once")]
    public int ParallelFlag { get; set; } = 8;
}

/// <summary>
/// <c>dotnet Fupin.EventSourced.Api.dll demo-data --url http://localhost:5000</c> loads the demonstration dataset
/// through the REST API of a running service, exactly as a client would: every command is an HTTP request with a
/// bearer token (signed with the configured key, as <c>dev-token</c> does) and an <c>Idempotency-Key</c>, so a
/// rerun replays the stored answers instead of writing twice. What it loads: <see cref="DemoDataLoader"/>.
/// </summary>
[Description("Loads the demonstration dataset (seeds 001, 002 and 003) through the running API", Name = "demo-data")]
public sealed class DemoDataCommand : JasperFxAsyncCommand<DemoDataInput>
{
    public override async Task<bool> Execute(DemoDataInput input)
    {
        if (input.ScaleFlag is <= 0 or > 1 || input.ParallelFlag < 1)
        {
            Console.Error.WriteLine("--scale must lie in (0, 1] and --parallel be at least 1.");
            return false;
        }

        using var host = input.BuildHost();
        var issuer = host.Services.GetRequiredService<TokenIssuer>();
        using var sender = new DemoSender(caller =>
        {
            var client = new HttpClient { BaseAddress = new Uri(input.UrlFlag) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                issuer.Issue(caller.UserId, caller.Role, caller.Division, TimeSpan.FromHours(2)));
            return client;
        }, input.ParallelFlag);
        var load = await new DemoDataLoader(sender, input.ScaleFlag).LoadAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Loaded: {load.Requests} requests in {load.Elapsed.TotalSeconds:F1} s ({input.ParallelFlag} in flight). Try:"));
        Console.WriteLine($"  GET {input.UrlFlag}/api/plans/{load.Plan2018Id}/progress/{DemoPlans.City}/years/2018");
        Console.WriteLine($"  GET {input.UrlFlag}/api/plans/{load.Plan2021Id}/progress/{DemoPlans.City}/years/2023");
        Console.WriteLine($"  GET {input.UrlFlag}/api/figures/divisions/{DemoDataLoader.AnchorCounty}/years/2023");
        return true;
    }
}
