using FluentValidation;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.EventStore.Idempotency;
using Fupin.EventSourced.Api.Figures;
using Fupin.EventSourced.Api.Households;
using Fupin.EventSourced.Api.Hosting;
using Fupin.EventSourced.Api.PersonalData;
using Fupin.EventSourced.Api.Hosting.OpenApi;
using Fupin.EventSourced.Api.Hosting.Wolverine;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using JasperFx;
using Wolverine;
using Wolverine.Http;
using Fupin.EventSourced.Api.Correlation;
using Fupin.EventSourced.Api.Hosting.ErrorHandling;

var builder = WebApplication.CreateBuilder(args);

builder.AddFupinHosting();
builder.Services.AddFupinProblemDetails();
builder.Services.AddFupinSecurity(builder.Configuration);
builder.Services.AddFupinEventStore(builder.Configuration);
builder.Services.AddFupinOpenApi();
builder.Services.AddFupinPersonalData(EventStoreSetup.Schema(builder.Configuration));
builder.Services.AddFupinHouseholds();
builder.Services.AddFupinFigures();
builder.Services.AddValidatorsFromAssemblyContaining<DomainException>(ServiceLifetime.Singleton);
builder.Host.UseWolverine(options => options.ConfigureFupin());
builder.Services.AddWolverineHttp();

var app = builder.Build();
var limits = app.Services.GetRequiredService<LimitsOptions>();

app.UseExceptionHandler();
app.UseFupinStatusCodeProblems();
app.UseCorrelationId();
app.UseJsonOnly();
app.UseRequestSizeLimit(limits.MaxRequestBodyBytes);
app.UseSwagger();
app.UseSwaggerUI();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

// After authentication and authorization: a caller who may not send the command gets 401 or 403 and learns
// nothing about what the endpoint reads. After the rate limiter: refused bodies still count against the
// caller's budget. Before the endpoint: nothing reads a body that did not say it is JSON.
app.UseJsonContentType();
app.UseIdempotencyKeys();

app.MapFupinHealthChecks();
app.MapWolverineEndpoints(http => http.ConfigureFupin());

return await app.RunJasperFxCommands(args);

/// <summary>The API's entry point; public so test hosts can start it.</summary>
public partial class Program;
