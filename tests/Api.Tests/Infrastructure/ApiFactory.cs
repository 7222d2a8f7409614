using Fupin.EventSourced.TestKit;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Fupin.EventSourced.Api.Tests.Infrastructure;

/// <summary>
/// The real API (Program.cs, the whole HTTP pipeline) on its own fresh database, in the Production environment
/// so errors look as they do in production. Settings can be overridden per host.
/// </summary>
public sealed class ApiFactory(
    string connectionString,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    static ApiFactory() => JasperFxEnvironment.AutoStartHost = true;

    public string ConnectionString { get; } = connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Postgres", ConnectionString);
        builder.UseSetting("Auth:SigningKey", TestTokens.SigningKey);
        builder.UseSetting("PersonalData:MasterKey", TestPersonalDataKeys.MasterKey);
        builder.UseSetting("PersonalData:LookupKey", TestPersonalDataKeys.LookupKey);
        builder.UseSetting("EventStore:Daemon", "Solo");
        builder.UseSetting("Limits:CommandsPerSecondPerUser", "100000");
        builder.UseSetting("Limits:CommandBurstPerUser", "100000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (configureServices is not null)
        {
            builder.ConfigureServices(configureServices);
        }
    }
}
