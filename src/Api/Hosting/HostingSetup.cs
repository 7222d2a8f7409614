using System.Text.Json.Serialization;
using Fupin.EventSourced.Api.Errors;
using Fupin.EventSourced.Api.EventStore;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Fupin.EventSourced.Api.Hosting;

/// <summary>Configuration section <c>Limits</c>.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Largest request body accepted, in bytes; larger ones get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Commands (non-GET requests) per second each user may send, sustained.</summary>
    public int CommandsPerSecondPerUser { get; set; } = 50;

    /// <summary>Commands a user may send in a burst above the sustained rate.</summary>
    public int CommandBurstPerUser { get; set; } = 100;
}

public static class HostingSetup
{
    public const string CommandRateLimit = "commands";

    /// <summary>Kestrel limits, JSON rules, per-user rate limiting of commands, and health checks.</summary>
    public static WebApplicationBuilder AddFupinHosting(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new();

        // Wolverine logs every unreadable request body at Error, with a stack trace, under the command type's
        // name. The client gets a 400 problem; a malformed request is not a server error, and a client should
        // not be able to flood the error log. (Domain code itself never logs.)
        builder.Logging.AddFilter("Fupin.EventSourced.Domain", LogLevel.Critical);
        builder.Services.AddSingleton(limits);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
        });

        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            // A misspelt field is an error, not silently ignored.
            json.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });

        var bucket = CommandBucket.Options(limits.CommandsPerSecondPerUser, limits.CommandBurstPerUser);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(CommandRateLimit, context => CommandBucket.Partition(
                context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "anonymous", bucket));
            options.OnRejected = async (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await Problems.WriteAsync(context.HttpContext, ErrorCatalogue.RateLimited,
                    "Too many commands from this user; retry after the time in Retry-After.");
            };
        });

        builder.Services.AddHealthChecks()
            .AddNpgSql(EventStoreSetup.ConnectionString(builder.Configuration), name: "postgresql",
                tags: ["ready"], timeout: TimeSpan.FromSeconds(3));
        return builder;
    }

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: and PostgreSQL does too.</summary>
    public static IEndpointRouteBuilder MapFupinHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResultStatusCodes = { [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
        }).AllowAnonymous();
        return endpoints;
    }
}
