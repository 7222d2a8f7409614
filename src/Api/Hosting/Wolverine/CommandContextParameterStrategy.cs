using System.Reflection;
using Fupin.EventSourced.Api.EventStore;
using JasperFx;
using JasperFx.CodeGeneration.Frames;
using JasperFx.CodeGeneration.Model;
using Wolverine.Http;
using Wolverine.Http.CodeGen;

namespace Fupin.EventSourced.Api.Hosting.Wolverine;

/// <summary>An endpoint parameter of type <see cref="CommandContext"/> is built from the request's caller and correlation id.</summary>
internal sealed class CommandContextParameterStrategy : IParameterStrategy
{
    public bool TryMatch(HttpChain chain, IServiceContainer container, ParameterInfo parameter, out Variable? variable)
    {
        if (parameter.ParameterType != typeof(CommandContext))
        {
            variable = null;
            return false;
        }

        var from = new MethodCall(typeof(CommandContext), nameof(CommandContext.From));
        chain.Middleware.Add(from);
        variable = from.ReturnVariable;
        return true;
    }
}
