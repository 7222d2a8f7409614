using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;

namespace Fupin.EventSourced.Api.Tests.Infrastructure;

public static class ProblemAssertions
{
    /// <summary>Asserts an RFC 9457 problem with this status and <c>error</c> code, and returns it.</summary>
    public static async Task<ProblemDetails> ShouldBeProblem(
        this HttpResponseMessage response, HttpStatusCode status, string? error = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", body);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!;
        problem.Status.Should().Be((int)status);
        if (error is not null)
        {
            problem.Extensions["error"]?.ToString().Should().Be(error, body);
        }

        body.Should().NotContainAny("   at ", "Npgsql", "Exception", "SELECT ", "INSERT ");
        return problem;
    }
}
