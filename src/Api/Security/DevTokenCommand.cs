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

    [Description("Lifetime in hours")]
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
        var issuer = host.Services.GetRequiredService<TokenIssuer>();
        Console.WriteLine(issuer.Issue(input.UserFlag, input.RoleFlag, input.DivisionFlag, TimeSpan.FromHours(input.HoursFlag)));
        return Task.FromResult(true);
    }
}
