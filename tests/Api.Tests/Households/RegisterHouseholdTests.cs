using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Households;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Registering;
using Microsoft.AspNetCore.Mvc;

namespace Fupin.EventSourced.Api.Tests.Households;

[Collection(ApiCollection.Name)]
public class RegisterHouseholdTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task A_registered_household_is_a_201_with_location_and_etag_and_an_operator_reads_it_back_in_clear()
    {
        var village = await _operator.RegisteredVillage();
        var head = HouseholdScenarios.NewIdentityNumber();
        var member = HouseholdScenarios.NewIdentityNumber(birthYear: 2008);
        var command = new RegisterHousehold(village, new HeadOfHousehold(" 张三 ", head, "13912345678"),
            [new HouseholdMember("张小明", Relation.Child, member, 2008)],
            [PovertyCause.Illness, PovertyCause.Illness, PovertyCause.LackOfSkills], 2016);

        var response = await _operator.PostHousehold(command);

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var written = await response.Written();
        written.Version.Should().Be(1);
        response.Headers.Location!.ToString().Should().Be($"/api/households/{written.Id}");
        response.Headers.ETag!.Tag.Should().Be("\"1\"");

        var household = await _operator.GetHousehold(written.Id);
        household.Should().BeEquivalentTo(new
        {
            Id = written.Id,
            VillageCode = village,
            Category = HouseholdCategory.RegisteredPoor,
            Head = new { Name = "张三", IdentityNumber = head, Phone = "13912345678", Relation = (Relation?)null, BirthYear = 1980, Erased = false },
            Members = new[] { new { Name = "张小明", IdentityNumber = member, Phone = (string?)null, Relation = (Relation?)Relation.Child, BirthYear = 2008, Erased = false } },
            Causes = new[] { PovertyCause.Illness, PovertyCause.LackOfSkills },
            RegistrationYear = 2016,
            Status = HouseholdStatus.RegisteredPoor,
            StatusSince = (DateOnly?)null,
            Helper = (HelperView?)null,
            HelpMeasures = 0,
            PersonalDataInClear = true,
            Version = 1L,
        });
        household.Head.PersonId.Should().NotBe(household.Members[0].PersonId);
    }

    [Fact]
    public async Task A_village_lists_its_households()
    {
        var village = await _operator.RegisteredVillage();
        var first = await _operator.RegisteredHousehold(HouseholdScenarios.NewRegistration(village));
        var second = await _operator.RegisteredHousehold(HouseholdScenarios.NewRegistration(village, category: HouseholdCategory.Edge));

        var households = await _operator.GetFromJsonAsync<List<HouseholdView>>($"/api/villages/{village}/households", EnvoyScenarios.Json);

        households!.Select(h => (h.Id, h.Status)).Should().BeEquivalentTo(
            [(first, HouseholdStatus.RegisteredPoor), (second, HouseholdStatus.UnderMonitoring)]);
    }

    [Fact]
    public async Task A_household_in_a_village_that_is_not_registered_is_a_404_and_writes_nothing()
    {
        var before = await api.HighWaterMarkAsync();

        var response = await _operator.PostHousehold(HouseholdScenarios.NewRegistration(Codes.NewVillage()));

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "village.not-found");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Invalid_input_is_a_400_naming_each_field_without_repeating_any_identity_number_and_writes_nothing()
    {
        var village = await _operator.RegisteredVillage();
        var valid = HouseholdScenarios.NewIdentityNumber();
        var wrongCheck = valid[..17] + (valid[17] == '0' ? '1' : '0');
        var member = HouseholdScenarios.NewIdentityNumber();
        var invalid = new RegisterHousehold(village, new HeadOfHousehold("", wrongCheck, "1391234567"),
            [new HouseholdMember("李四", Relation.Spouse, member, 1982), new HouseholdMember("李五", Relation.Child, member, 2010)],
            [], 1999);
        var before = await api.HighWaterMarkAsync();

        var response = await _operator.PostHousehold(invalid);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().BeEquivalentTo(
            "head.name", "head.identityNumber", "head.phone", "members", "causes", "registrationYear");
        var body = HouseholdScenarios.Readable(await response.Content.ReadAsStringAsync());
        body.Should().NotContain(wrongCheck[..17]).And.NotContain(member[..17]).And.NotContain("1391234567");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_lower_case_x_is_stored_upper_case_and_the_same_number_with_an_upper_case_x_is_the_same_head()
    {
        var endsInX = IdentityNumberEndingInX();
        var first = await _operator.RegisteredHousehold(
            HouseholdScenarios.NewRegistration(await _operator.RegisteredVillage(), endsInX.ToLowerInvariant()));

        (await _operator.GetHousehold(first)).Head.IdentityNumber.Should().Be(endsInX);
        var again = await _operator.PostHousehold(HouseholdScenarios.NewRegistration(await _operator.RegisteredVillage(), endsInX));

        (await again.ShouldBeProblem(HttpStatusCode.Conflict, "household.already-registered")).Detail.Should().Contain(first);
    }

    [Fact]
    public async Task An_operator_of_another_county_cannot_register_in_this_one()
    {
        var village = await _operator.RegisteredVillage();

        var response = await api.ClientAs(Roles.Operator, Codes.OtherCounty).PostHousehold(HouseholdScenarios.NewRegistration(village));

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
    }

    /// <summary>A fresh identity number whose check character is X (about one in eleven are).</summary>
    private static string IdentityNumberEndingInX()
    {
        while (true)
        {
            var number = HouseholdScenarios.NewIdentityNumber();
            if (number[17] == 'X')
            {
                return number;
            }
        }
    }
}
