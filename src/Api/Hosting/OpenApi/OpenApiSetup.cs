using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

namespace Fupin.EventSourced.Api.Hosting.OpenApi;

public static class OpenApiSetup
{
    public const string DocumentPath = "/swagger/v1/swagger.json";

    /// <summary>
    /// The OpenAPI document at <c>/swagger/v1/swagger.json</c>, built from the endpoints and the XML comments
    /// of the API, Domain and Projections assemblies, with a bearer-token scheme Swagger UI can fill in.
    /// </summary>
    public static IServiceCollection AddFupinOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Fupin.EventSourced",
                Version = "v1",
                Description = "Commands and read models of a science-and-technology poverty-alleviation programme " +
                              "(科技扶贫). Every endpoint but health and this document needs a bearer token; " +
                              "mint one locally with `dotnet run --project src/Api -- dev-token --role operator " +
                              "--division 370302`.",
            });
            foreach (var assembly in new[] { typeof(Program), typeof(Domain.DomainException), typeof(Projections.Villages.CountyVillageCount) })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, assembly.Assembly.GetName().Name + ".xml");
                if (File.Exists(xml))
                {
                    options.IncludeXmlComments(xml, includeControllerXmlComments: true);
                    if (assembly == typeof(Program))
                    {
                        using var reader = System.Xml.XmlReader.Create(xml, new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit });
                        options.OperationFilter<RouteParameterDocsFilter>(new System.Xml.XPath.XPathDocument(reader));
                    }
                }
            }

            options.AddServer(new OpenApiServer { Url = "/", Description = "this service" });
            options.AddSecurityDefinition(BearerRequirementFilter.Scheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A token from `dev-token` (development) or the identity provider.",
            });

            // Clients generated in strict mode trust these: a field the API always sends is required and not
            // nullable; only `string?`, `long?` and the like are optional.
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.CustomSchemaIds(SchemaNames.For);
            options.TagActionsBy(api => [ApiTags.ForRoute(api.RelativePath ?? "").Name]);

            // Problem types ASP.NET declares (e.g. Wolverine's validation 400) are all described by Problem.
            options.MapType<ProblemDetails>(() => new OpenApiSchemaReference(ProblemSchema.Name));
            options.MapType<ValidationProblemDetails>(() => new OpenApiSchemaReference(ProblemSchema.Name));
            options.MapType<HttpValidationProblemDetails>(() => new OpenApiSchemaReference(ProblemSchema.Name));

            options.MapType<IResult>(() => new OpenApiSchema());
            options.SchemaFilter<NullableReferenceFilter>();
            options.OperationFilter<DeclaredSuccessFilter>();
            options.OperationFilter<BearerRequirementFilter>();
            options.OperationFilter<ProblemResponsesFilter>();
            options.DocumentFilter<ApiTagsDocumentFilter>();
        });
        return services;
    }
}
