using System.Xml.XPath;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Fupin.EventSourced.Api.Hosting.OpenApi;

/// <summary>
/// Wolverine's endpoints reach Swashbuckle without parameter descriptors it can match to XML comments, so route and
/// header parameters came out undescribed; this takes each one's <c>&lt;param&gt;</c> from the endpoint method's docs.
/// </summary>
internal sealed class RouteParameterDocsFilter(XPathDocument docs) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.MethodInfo is null || operation.Parameters is null)
        {
            return;
        }

        var member = XmlCommentsNodeNameHelper.GetMemberNameForMethod(context.MethodInfo);
        var navigator = docs.CreateNavigator();
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => string.IsNullOrEmpty(p.Description)))
        {
            var name = context.MethodInfo.GetParameters()
                .FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)
                                     || (parameter.Name == "If-Match" && p.Name == "ifMatch"))?.Name;
            if (name is not null
                && navigator.SelectSingleNode($"/doc/members/member[@name='{member}']/param[@name='{name}']") is { } node)
            {
                parameter.Description = node.Value.Trim();
            }
        }
    }
}
