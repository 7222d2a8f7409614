namespace Fupin.EventSourced.Api.Security;

/// <summary>The roles a token may carry in its <c>role</c> claim. One role per user.</summary>
public static class Roles
{
    /// <summary>Posts operational commands (registers, envoys, trainings) within their division.</summary>
    public const string Operator = "operator";

    /// <summary>Posts fund commands (allocations, disbursements) within their division.</summary>
    public const string Finance = "finance";

    /// <summary>Reads read models and exports; writes nothing.</summary>
    public const string Analyst = "analyst";

    /// <summary>Reads the full event history, replays and verifies it; writes nothing.</summary>
    public const string Auditor = "auditor";

    /// <summary>Manages plans and targets, projection rebuilds and users' scopes.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Operator, Finance, Analyst, Auditor, Admin];

    /// <summary>Roles that act on a division's registers and must therefore be scoped to one.</summary>
    public static bool MustBeScoped(string role) => role is Operator or Finance;
}
