using System.Security.Claims;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Wolverine.Http;
using Wolverine.Http.CodeGen;

namespace Fupin.EventSourced.Api.Hosting.Wolverine;

/// <summary>
/// For a command body that <see cref="IConcernsDivision">concerns a division</see>, refuses callers whose scope
/// does not cover it (403), after validation and before the endpoint runs. Route-addressed divisions are
/// checked earlier, by the authorization policy itself.
/// </summary>
internal sealed class DivisionScopePolicy : IHttpPolicy
{
    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(c => c.HasRequestType && c.RequestType!.IsAssignableTo(typeof(IConcernsDivision))))
        {
            var method = typeof(RequestScope).GetMethod(nameof(RequestScope.Demand))!.MakeGenericMethod(chain.RequestType!);
            var call = new MethodCall(typeof(RequestScope), method);
            chain.Middleware.AddRange([call, new MaybeEndWithResultFrame(call.ReturnVariable!)]);
        }
    }
}

public static class RequestScope
{
    public static IResult Demand<T>(ClaimsPrincipal user, T? command) where T : IConcernsDivision =>
        DivisionScope.Of(user)?.Covers(command?.DivisionCode) == true
            ? WolverineContinue.Result()
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: "The division this command concerns is outside the caller's scope.",
                extensions: new Dictionary<string, object?> { ["error"] = "scope.denied" });
}
