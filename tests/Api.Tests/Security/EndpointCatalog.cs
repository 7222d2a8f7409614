using Fupin.EventSourced.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Fupin.EventSourced.Api.Tests.Security;

/// <summary>
/// Every routed endpoint of the running API as the authorization matrix sees it, read from the endpoint data
/// sources (not from a hand-written list), so an endpoint added later is in the matrix by itself.
/// </summary>
public sealed record MappedEndpoint(
    string Method,
    string Route,
    string? Policy,
    bool Anonymous,
    Type? RequestType,
    int SuccessStatus)
{
    /// <summary>The route's parameters, in order, e.g. <c>envoyId</c> and <c>assignmentId</c>.</summary>
    public IReadOnlyList<string> RouteParameters =>
        [.. System.Text.RegularExpressions.Regex.Matches(Route, @"\{(\w+)\}").Select(m => m.Groups[1].Value)];

    /// <summary>Whether a route parameter carries a division, as the API's one declaration says.</summary>
    public bool RouteAddressesDivision =>
        RouteParameters.Any(p => Api.Security.RouteParameters.Declared.GetValueOrDefault(p) is not (null or RouteParameterScope.Unscoped));

    public bool IsWrite => Method != HttpMethods.Get;

    public override string ToString() => $"{Method} {Route}";

    public static IReadOnlyList<MappedEndpoint> All(EndpointDataSource source) =>
        source.Endpoints.OfType<RouteEndpoint>().SelectMany(From).OrderBy(e => e.Route).ThenBy(e => e.Method).ToList();

    public static IEnumerable<MappedEndpoint> From(RouteEndpoint endpoint)
    {
        var metadata = endpoint.Metadata;
        var policies = metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Distinct().ToList();
        // The statuses the endpoint declares itself win over those the framework infers from the return type.
        var declared = metadata.OfType<Microsoft.AspNetCore.Mvc.ProducesResponseTypeAttribute>().Select(p => p.StatusCode).ToList();
        var success = (declared.Count > 0 ? declared : metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Select(p => p.StatusCode))
            .Where(s => s is >= 200 and < 300).DefaultIfEmpty(200).Min();
        var methods = metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get];
        return methods.Select(method => new MappedEndpoint(
            method,
            "/" + endpoint.RoutePattern.RawText!.TrimStart('/'),
            policies.Count == 1 ? policies[0] : null,
            metadata.GetMetadata<IAllowAnonymous>() is not null,
            metadata.GetMetadata<IAcceptsMetadata>()?.RequestType,
            success));
    }

    /// <summary>Why the endpoint cannot be judged, or null: exactly one policy, or explicitly anonymous.</summary>
    public string? Violation() =>
        (Anonymous, Policy) switch
        {
            (true, null) => null,
            (true, _) => $"{this} is both anonymous and protected",
            (false, null) => $"{this} names no authorization policy (or several): it would be refused to everyone",
            (false, var policy) when !AccessSpec.RolesByPolicy.ContainsKey(policy!) =>
                $"{this} names policy '{policy}', which the access spec does not know",
            _ when RouteParameters.FirstOrDefault(p => !Api.Security.RouteParameters.Declared.ContainsKey(p)) is { } undeclared =>
                $"{this} has the route parameter {{{undeclared}}}, which RouteParameters does not declare: it is refused to everyone",
            _ => null,
        };
}
