using FluentValidation;
using Fupin.EventSourced.Api.Errors;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Wolverine.Http;
using Wolverine.Http.CodeGen;

namespace Fupin.EventSourced.Api.Hosting.Wolverine;

/// <summary>
/// Runs the request body's FluentValidation validator (the one next to the command in Domain) before the
/// endpoint: invalid input is a 400 naming each field, and nothing else runs.
/// </summary>
internal sealed class ValidationPolicy : IHttpPolicy
{
    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(c => c.HasRequestType))
        {
            var validator = typeof(IValidator<>).MakeGenericType(chain.RequestType!);
            if (!container.RegistrationsFor(validator).Any())
            {
                continue;
            }

            var method = typeof(RequestValidation).GetMethod(nameof(RequestValidation.Validate))!
                .MakeGenericMethod(chain.RequestType!);
            var call = new MethodCall(typeof(RequestValidation), method);
            chain.Middleware.InsertRange(0, [call, new MaybeEndWithResultFrame(call.ReturnVariable!)]);
        }
    }
}

public static class RequestValidation
{
    public static async Task<IResult> Validate<T>(IValidator<T> validator, T? request)
    {
        if (request is null)
        {
            return Problems.Result(ErrorCatalogue.BodyRequired, "The request body is empty or JSON null.");
        }

        var result = await validator.ValidateAsync(request);
        if (result.IsValid)
        {
            return WolverineContinue.Result();
        }

        var errors = result.Errors
            .GroupBy(failure => JsonName(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).ToArray());
        return Problems.Result(ErrorCatalogue.RequestInvalid, "One or more fields are invalid; see errors.", errors);
    }

    /// <summary>
    /// The field as the JSON body names it: every segment of a nested path camel-cased (<c>Head.IdentityNumber</c>
    /// is <c>head.identityNumber</c>, <c>Members[0].Name</c> is <c>members[0].name</c>), not only the first.
    /// </summary>
    private static string JsonName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName));
}
