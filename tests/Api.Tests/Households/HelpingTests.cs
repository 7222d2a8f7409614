using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Households;
using Fupin.EventSourced.Api.Households.Reports;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Envoys.Withdrawing;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Helping;

namespace Fupin.EventSourced.Api.Tests.Households;

[Collection(ApiCollection.Name)]
public class HelpingTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task A_named_person_becomes_the_responsible_helper()
    {
        var id = await _operator.RegisteredHousehold();

        var response = await _operator.PostHelper(id,
            new AssignResponsibleHelper(new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31), Name: "王帮扶", Unit: "淄川区农业农村局", Phone: "13712345678"));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Written()).Version.Should().Be(2);
        (await _operator.GetHousehold(id)).Helper.Should().Be(
            new HelperView(null, "王帮扶", "淄川区农业农村局", "13712345678", new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)));
    }

    [Fact]
    public async Task An_envoy_of_the_register_becomes_the_responsible_helper_with_their_name_organisation_and_phone()
    {
        var id = await _operator.RegisteredHousehold();
        var envoyId = await _operator.RegisteredEnvoy();

        var response = await _operator.PostHelper(id, new AssignResponsibleHelper(new DateOnly(2019, 1, 1), EnvoyId: envoyId));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await _operator.GetHousehold(id)).Helper.Should().Be(
            new HelperView(envoyId, "王建国", "淄博市农业科学研究院", "13812341234", new DateOnly(2019, 1, 1), null));
    }

    [Fact]
    public async Task A_withdrawn_envoy_cannot_become_a_helper()
    {
        var id = await _operator.RegisteredHousehold();
        var envoyId = await _operator.RegisteredEnvoy();
        (await _operator.PostWithdrawal(envoyId, new WithdrawEnvoy(new DateOnly(2019, 6, 30), "retired"))).EnsureSuccessStatusCode();

        var response = await _operator.PostHelper(id, new AssignResponsibleHelper(new DateOnly(2019, 1, 1), EnvoyId: envoyId));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "household.helper-withdrawn");
    }

    [Fact]
    public async Task An_unknown_envoy_as_helper_is_a_404()
    {
        var id = await _operator.RegisteredHousehold();

        var response = await _operator.PostHelper(id, new AssignResponsibleHelper(new DateOnly(2019, 1, 1), EnvoyId: Guid.CreateVersion7().ToString()));

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "envoy.not-found");
    }

    [Fact]
    public async Task A_helper_given_as_both_envoy_and_named_person_is_a_400()
    {
        var id = await _operator.RegisteredHousehold();

        var response = await _operator.PostHelper(id,
            new AssignResponsibleHelper(new DateOnly(2019, 1, 1), EnvoyId: "e", Name: "王帮扶", Unit: "淄川区农业农村局", Phone: "13712345678"));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
    }

    [Fact]
    public async Task A_help_measure_is_a_201_under_its_own_id_and_counted_on_the_household()
    {
        var id = await _operator.RegisteredHousehold();

        var first = await _operator.PostHelpMeasure(id, new RecordHelpMeasure(HelpKind.Industry, "提供能繁母猪 2 头", new DateOnly(2019, 4, 1), 2400.50m));
        var second = await _operator.PostHelpMeasure(id, new RecordHelpMeasure(HelpKind.Training, "种植技术培训", new DateOnly(2019, 5, 1)));

        first.StatusCode.Should().Be(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        second.StatusCode.Should().Be(HttpStatusCode.Created);
        var written = await first.Written();
        written.Id.Should().NotBe(id).And.NotBe((await second.Written()).Id);
        written.Version.Should().Be(2);
        first.Headers.Location!.ToString().Should().Be($"/api/households/{id}");
        (await _operator.GetHousehold(id)).HelpMeasures.Should().Be(2);
    }

    [Fact]
    public async Task An_amount_with_three_decimals_is_a_400_naming_it()
    {
        var id = await _operator.RegisteredHousehold();

        var response = await _operator.PostHelpMeasure(id, new RecordHelpMeasure(HelpKind.Industry, "补贴", new DateOnly(2019, 4, 1), 10.005m));

        (await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid"))
            .Should().BeOfType<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>().Which.Errors.Keys.Should().Equal("amountCny");
    }

    [Fact]
    public async Task A_household_without_a_helper_is_listed_until_one_is_assigned()
    {
        var without = await _operator.RegisteredHousehold();
        var with = await _operator.RegisteredHousehold();
        (await _operator.PostHelper(with, new AssignResponsibleHelper(new DateOnly(2019, 1, 1), Name: "王帮扶", Unit: "镇政府", Phone: "13712345678")))
            .EnsureSuccessStatusCode();

        var listed = await WithoutHelper();

        listed.Should().Contain(h => h.Id == without && h.Status == HouseholdStatus.RegisteredPoor).And.NotContain(h => h.Id == with);
        (await _operator.PostHelper(without, new AssignResponsibleHelper(new DateOnly(2019, 1, 1), Name: "李帮扶", Unit: "镇政府", Phone: "13712345679")))
            .EnsureSuccessStatusCode();
        (await WithoutHelper()).Should().NotContain(h => h.Id == without);
    }

    [Fact]
    public async Task A_released_household_is_not_listed_as_without_helper()
    {
        var id = await _operator.RegisteredHousehold(HouseholdScenarios.NewRegistration(await _operator.RegisteredVillage(), category: HouseholdCategory.Edge));
        (await WithoutHelper()).Should().Contain(h => h.Id == id);

        await _operator.Stepped(id, (Domain.Households.LifecycleStep.ReleaseFromMonitoring, new DateOnly(2020, 1, 1)));

        (await WithoutHelper()).Should().NotContain(h => h.Id == id);
    }

    private async Task<List<HouseholdRef>> WithoutHelper() =>
        (await _operator.GetFromJsonAsync<List<HouseholdRef>>($"/api/households/divisions/{Codes.County}/without-helper", EnvoyScenarios.Json))!;
}
