using Microsoft.AspNetCore.Authorization;

namespace Fupin.EventSourced.Api.Security;

/// <summary>
/// What an endpoint demands, by name. Every endpoint names exactly one (or is explicitly anonymous); one that
/// names none is refused to everyone by the fallback policy. Each policy also enforces the caller's division
/// scope on every route parameter as <see cref="RouteParameters"/> declares it; the command door checks it again
/// on every stream a command reads or writes.
/// </summary>
public static class Policies
{
    /// <summary>Operational commands on registers: village register, envoys, trainings.</summary>
    public const string OperateRegisters = "operate-registers";

    /// <summary>Fund commands: allocations, receipts, disbursements.</summary>
    public const string ManageFunds = "manage-funds";

    /// <summary>Reading registers and read models within scope.</summary>
    public const string ReadRegisters = "read-registers";

    /// <summary>Reading the raw event history with who, when and correlation.</summary>
    public const string ReadHistory = "read-history";

    /// <summary>Plans and targets, projection rebuilds, user scopes.</summary>
    public const string Administer = "administer";

    /// <summary>Which roles each policy admits. The authorization matrix test reads this too.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RolesByPolicy { get; } =
        new Dictionary<string, IReadOnlyList<string>>
        {
            [OperateRegisters] = [Roles.Operator],
            [ManageFunds] = [Roles.Finance],
            [ReadRegisters] = [Roles.Operator, Roles.Finance, Roles.Analyst, Roles.Auditor, Roles.Admin],
            [ReadHistory] = [Roles.Auditor],
            [Administer] = [Roles.Admin],
        };

    public static void Configure(AuthorizationOptions options)
    {
        foreach (var (policy, roles) in RolesByPolicy)
        {
            options.AddPolicy(policy, builder => builder
                .RequireAuthenticatedUser()
                .RequireRole(roles)
                .AddRequirements(new DivisionScopeRequirement()));
        }

        // Deny by default: a route that names no policy and is not explicitly anonymous serves no one. Requests
        // that match no route (404) or no method of a route (405) pass on to be answered as such.
        options.FallbackPolicy = new AuthorizationPolicyBuilder()
            .RequireAssertion(context => context.Resource is HttpContext http && http.GetEndpoint() is not RouteEndpoint)
            .Build();
    }
}
