using System.Text.Json;
using Fupin.EventSourced.Api.Hosting.ErrorHandling;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fupin.EventSourced.Api.Tests.Hosting;

/// <summary>An exception nobody mapped is a 500 whose body says nothing about the internals outside Development.</summary>
public class UnexpectedErrorTests
{
    [Theory]
    [InlineData("Production", false)]
    [InlineData("Development", true)]
    public async Task An_unmapped_exception_reveals_its_details_only_in_development(string environment, bool revealed)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var handler = new ProblemDetailsExceptionHandler(
            new HostEnvironment { EnvironmentName = environment },
            NullLogger<ProblemDetailsExceptionHandler>.Instance);
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();

        var handled = await handler.TryHandleAsync(context,
            new InvalidOperationException("SELECT secret FROM fupin.mt_events failed"), CancellationToken.None);

        handled.Should().BeTrue();
        context.Response.StatusCode.Should().Be(StatusCodes.Status500InternalServerError);
        context.Response.Body.Position = 0;
        var body = await JsonDocument.ParseAsync(context.Response.Body);
        body.RootElement.GetProperty("detail").GetString()!.Contains("SELECT secret", StringComparison.Ordinal)
            .Should().Be(revealed);
    }

    private sealed class HostEnvironment : IWebHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "test";
        public string WebRootPath { get; set; } = "";
        public Microsoft.Extensions.FileProviders.IFileProvider WebRootFileProvider { get; set; } = null!;
        public string ContentRootPath { get; set; } = "";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
