using Fupin.EventSourced.Api.EventStore;
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
    public static async Task<IHost> StartAsync(string connectionString)
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
        });
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddFupinEventStore(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
