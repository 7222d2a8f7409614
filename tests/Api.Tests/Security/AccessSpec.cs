using Fupin.EventSourced.Api.Security;

namespace Fupin.EventSourced.Api.Tests.Security;

/// <summary>
/// Who may do what, written down independently of the code that enforces it (issue 3). The matrix test checks
/// the running API against this, and that the API declares the same policies.
/// </summary>
public static class AccessSpec
{
    public static IReadOnlyDictionary<string, string[]> RolesByPolicy { get; } = new Dictionary<string, string[]>
    {
        [Policies.OperateRegisters] = [Roles.Operator],
        [Policies.ManageFunds] = [Roles.Finance],
        [Policies.ReadRegisters] = [Roles.Operator, Roles.Finance, Roles.Analyst, Roles.Auditor, Roles.Admin],
        [Policies.ReadHistory] = [Roles.Auditor],
        [Policies.Administer] = [Roles.Admin],
    };

    /// <summary>Operators and finance staff act on a division's registers, so they must be scoped to one.</summary>
    public static bool MayBeUnscoped(string role) => role is Roles.Analyst or Roles.Auditor or Roles.Admin;
}

/// <summary>One caller of the matrix: anonymous, or a role with a scope relative to the target division.</summary>
public sealed record Caller(string? Role, CallerScope Scope)
{
    public static IEnumerable<Caller> All() =>
        new[] { new Caller(null, CallerScope.None) }.Concat(
            Roles.All.SelectMany(role => new[] { CallerScope.InScope, CallerScope.OutOfScope, CallerScope.Unscoped }
                .Select(scope => new Caller(role, scope))));

    public override string ToString() => Role is null ? "anonymous" : $"{Role} ({Scope})";
}

public enum CallerScope
{
    None,
    InScope,
    OutOfScope,
    Unscoped,
}
