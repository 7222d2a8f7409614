using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Villages.CorrectingName;

namespace Fupin.EventSourced.Api.Tests.Hosting;

/// <summary>A command body is read only when it says it is JSON; anything else is refused before it is read.</summary>
[Collection(ApiCollection.Name)]
public class ContentTypeTests(ApiFixture api)
{
    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    [InlineData("text/json")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/jsonx")]
    public async Task A_registration_that_does_not_say_it_is_json_is_a_415_and_registers_nothing(string? contentType)
    {
        var command = VillageScenarios.NewRegistration();
        var before = await api.HighWaterMarkAsync();

        var response = await api.ClientAs(Roles.Operator).PostAsync("/api/villages", Body(command, contentType));

        await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, "request.unsupported-media-type");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_name_correction_without_a_content_type_is_a_415()
    {
        var code = await api.ClientAs(Roles.Operator).RegisteredVillage();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/villages/{code}/name-corrections")
        {
            Content = Body(new CorrectVillageName("汀头新村", "typo"), contentType: null),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        var response = await api.ClientAs(Roles.Operator).SendAsync(request);

        await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, "request.unsupported-media-type");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/vnd.fupin+json")]
    public async Task A_registration_in_any_json_media_type_is_read(string contentType)
    {
        var response = await api.ClientAs(Roles.Operator).PostAsync("/api/villages",
            Body(VillageScenarios.NewRegistration(), contentType));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Who_may_not_post_learns_that_before_anything_about_the_body()
    {
        var command = VillageScenarios.NewRegistration();

        var anonymous = await api.AnonymousClient().PostAsync("/api/villages", Body(command, contentType: null));
        var analyst = await api.ClientAs(Roles.Analyst, null).PostAsync("/api/villages", Body(command, contentType: null));

        await anonymous.ShouldBeProblem(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        await analyst.ShouldBeProblem(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    private static ByteArrayContent Body<T>(T command, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(command, JsonSerializerOptions.Web)));
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        return content;
    }
}
