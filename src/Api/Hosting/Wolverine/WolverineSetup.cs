using JasperFx.CodeGeneration;
using Marten;
using Wolverine;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Hosting.Wolverine;

public static class WolverineSetup
{
    /// <summary>
    /// Wolverine serves the HTTP endpoints only (no messaging yet). Its endpoint code is generated ahead of time
    /// into <c>Internal/Generated</c> and loaded statically: regenerate with
    /// <c>dotnet run --project src/Api -- codegen write</c> after changing an endpoint's signature or a policy.
    /// </summary>
    public static void ConfigureFupin(this WolverineOptions options)
    {
        options.ApplicationAssembly = typeof(Program).Assembly;
        options.Durability.Mode = DurabilityMode.MediatorOnly;
        options.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;

        // Marten registers its query session with a factory; read endpoints take it from the request scope.
        options.CodeGeneration.AlwaysUseServiceLocationFor<IQuerySession>();
    }

    public static void ConfigureFupin(this WolverineHttpOptions http)
    {
        http.AddParameterHandlingStrategy<CommandContextParameterStrategy>();
        http.AddPolicy<ValidationPolicy>();
        http.ConfigureEndpoints(chain =>
        {
            if (!chain.HttpMethods.Contains(HttpMethods.Get))
            {
                chain.Metadata.RequireRateLimiting(HostingSetup.CommandRateLimit);
            }
        });
    }
}
