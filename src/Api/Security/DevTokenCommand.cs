using System.Globalization;
using JasperFx.CommandLine;

namespace Fupin.EventSourced.Api.Security;

public sealed class DevTokenInput : NetCoreInput
{
    [Description("User id to put in the token's sub claim")]
    public string UserFlag { get; set; } = "dev-user";

    [Description("Role: operator, finance, analyst, auditor or admin")]
    public string RoleFlag { get; set; } = Roles.Operator;

    [Description("6-digit province, city or county code the user may act on; omit for unscoped (analyst, auditor, admin)")]
    public string? DivisionFlag { get; set; }

    [Description("Lifetime in hours, at most Auth:MaxTokenLifetime (24 by default)")]
    public int HoursFlag { get; set; } = 12;
}

/// <summary>
/// <c>dotnet run --project src/Api -- dev-token --role operator --division 370302</c> prints a bearer token
/// signed with the configured key, for local use with curl or Swagger UI.
/// </summary>
[Description("Prints a signed bearer token for local use", Name = "dev-token")]
public sealed class DevTokenCommand : JasperFxAsyncCommand<DevTokenInput>
{
    public override Task<bool> Execute(DevTokenInput input)
    {
        if (!Roles.All.Contains(input.RoleFlag))
        {
            Console.Error.WriteLine($"Unknown role '{input.RoleFlag}'. Roles: {string.Join(", ", Roles.All)}.");
            return Task.FromResult(false);
        }

        if (input.DivisionFlag is { } division && !DivisionScope.TryParse(division, out _))
        {
            Console.Error.WriteLine($"'{division}' is not a 6-digit province, city or county code.");
            return Task.FromResult(false);
        }

        using var host = input.BuildHost();
        if (LifetimeProblem(input.HoursFlag, host.Services.GetRequiredService<AuthOptions>().MaxTokenLifetime) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return Task.FromResult(false);
        }

        var issuer = host.Services.GetRequiredService<TokenIssuer>();
        Console.WriteLine(issuer.Issue(input.UserFlag, input.RoleFlag, input.DivisionFlag, TimeSpan.FromHours(input.HoursFlag)));
        return Task.FromResult(true);
    }

    /// <summary>Why a token of <paramref name="hours"/> would be useless, or null when the API accepts it.</summary>
    public static string? LifetimeProblem(int hours, TimeSpan maxLifetime)
    {
        if (hours < 1)
        {
            return $"--hours must be at least 1; {hours} was given.";
        }

        var maxHours = maxLifetime.TotalHours.ToString("0.##", CultureInfo.InvariantCulture);
        return TimeSpan.FromHours(hours) > maxLifetime
            ? $"--hours {hours} is longer than Auth:MaxTokenLifetime ({maxHours} hours): the API would refuse the token."
            : null;
    }
}
