using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.PersonalData;
using Fupin.EventSourced.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fupin.EventSourced.Bench;

/// <summary>
/// A host with the API's own Marten configuration (<see cref="EventStoreSetup.AddFupinEventStore"/>) and the daemon
/// disabled, for bulk loads and rebuilds inside the bench process. Starting it applies the schema, as the API does.
/// </summary>
public static class MartenHost
{
    /// <summary>
    /// With <paramref name="personalData"/>, also the API's personal-data services and tables (person_keys), configured
    /// with the keys every test API process has (<see cref="TestPersonalDataKeys"/>), so the API can read what the
    /// bench process seals.
    /// </summary>
    public static async Task<IHost> StartAsync(string connectionString, bool personalData = false)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = "Production",
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{EventStoreSetup.ConnectionStringName}"] = connectionString,
            ["EventStore:Daemon"] = "Disabled",
            ["PersonalData:MasterKey"] = TestPersonalDataKeys.MasterKey,
            ["PersonalData:LookupKey"] = TestPersonalDataKeys.LookupKey,
        });
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddFupinEventStore(builder.Configuration);
        if (personalData)
        {
            builder.Services.AddFupinPersonalData(EventStoreSetup.Schema(builder.Configuration));
        }

        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
